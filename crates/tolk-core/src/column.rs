//! The grid's columns, which there are and in what order: a leaf module,
//! so that sorting (`sort`) and the exports (`grid_columns`) can both name
//! them without importing each other's neighbours.

crate::vocabulary! {
    /// A column of the grid, in the grid's order (what is scanned first
    /// first); the id is the export's header (per-member columns add the
    /// member: `gt_P`).
    pub enum Column {
        /// The variant's place when ranked for the patient's phenotype
        /// (1 the best), with its priority score: shown first, where the
        /// eye starts, once a clinician ranks by phenotype.
        Priority => ("phenotype_rank", "table-phenotype-rank"),
        Gene => ("gene", "table-gene"),
        /// HGVS p. of the entry the consequence comes from.
        HgvsP => ("hgvs_p", "table-hgvsp"),
        /// With its impact, and, in an export, the impact as a column of its
        /// own.
        Consequence => ("consequence", "table-consequence"),
        /// HGVS c. (or n.) of that entry.
        HgvsC => ("hgvs_c", "table-hgvsc"),
        /// A structural variant's type and size, and, in an export, its
        /// type, END and size as columns of their own.
        Sv => ("sv", "table-sv"),
        /// The population AF: the highest of the sources in use.
        Af => ("af", "table-af"),
        /// The filtering allele frequency (faf95), where the file has one.
        Faf => ("faf", "table-faf"),
        /// Each member's genotype, seen from this ALT.
        Genotype => ("gt", "table-genotype"),
        /// Each member's depth, GQ and allele balance.
        CallQuality => ("call_qc", "table-call-quality"),
        /// Each member's copy number and reads supporting a structural
        /// variant.
        SvCalls => ("sv_calls", "table-sv-calls"),
        /// ClinVar's classes with the review stars.
        ClinVar => ("clinvar", "table-clinvar"),
        /// ClinVar's significance in the release the lab opened, and, in an
        /// export, its stars as a column of their own.
        ClinVarNow => ("clinvar_current", "table-clinvar-current"),
        /// The class this lab gave the variant before, and, in an export,
        /// the other cases of the lab's database carrying it.
        Lab => ("lab_class", "table-lab"),
        /// gnomAD's LOEUF of the gene (loss-of-function intolerance).
        Loeuf => ("loeuf", "table-loeuf"),
        /// The inheritance modes the row fits, with the compound
        /// heterozygous partner.
        Inheritance => ("inheritance", "table-inheritance"),
        /// The class given in this session.
        Class => ("class", "table-class"),
        /// Marked for the meeting, and the report decision.
        Tags => ("tags", "table-tags"),
        /// Whether the variant has a comment in this session.
        Comment => ("comment", "table-comment"),
        Cadd => ("cadd", "table-cadd"),
        Revel => ("revel", "table-revel"),
        SpliceAi => ("spliceai", "table-spliceai"),
        AlphaMissense => ("alphamissense", "table-alphamissense"),
        /// A pipeline's own rank score (genmod's `RankScore`).
        RankScore => ("rank_score", "table-rank-score"),
        Chrom => ("chrom", "table-chrom"),
        Pos => ("pos", "table-position"),
        Ref => ("ref", "table-ref"),
        Alt => ("alt", "table-alt"),
        Qual => ("qual", "table-qual"),
        Filter => ("filter", "table-filter"),
    }
}

/// The columns shown before a user chooses: what a clinician scans first
/// (gene, protein change, consequence, frequency, the calls, ClinVar,
/// inheritance, the class given), then where the variant is. The grid is
/// narrow beside the selected variant: the protein change comes next to
/// the gene, where it is seen without scrolling.
pub const DEFAULT_COLUMNS: [Column; 12] = [
    Column::Gene,
    Column::HgvsP,
    Column::Consequence,
    Column::Af,
    Column::Genotype,
    Column::ClinVar,
    Column::Inheritance,
    Column::Class,
    Column::Chrom,
    Column::Pos,
    Column::Ref,
    Column::Alt,
];

impl Column {
    /// Whether its values need the row's record read again (HGVS is not
    /// kept in the store: a genome's would not fit).
    pub fn needs_record(self) -> bool {
        matches!(self, Column::HgvsC | Column::HgvsP)
    }

    /// The columns named by `ids` (a saved choice), in the grid's order;
    /// unknown ids (a column a later version dropped) are left out.
    pub fn chosen<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<Column> {
        let ids: Vec<&str> = ids.into_iter().collect();
        Column::ALL.into_iter().filter(|c| ids.contains(&c.id())).collect()
    }

    /// A width in characters that fits its usual values: the workbook's
    /// column widths.
    pub fn width(self) -> u8 {
        match self {
            Column::Consequence => 30,
            Column::HgvsC | Column::HgvsP => 24,
            Column::ClinVar | Column::ClinVarNow => 26,
            Column::Inheritance | Column::Class | Column::Sv => 16,
            Column::Tags => 14,
            Column::Pos | Column::Gene => 12,
            Column::Chrom | Column::Ref | Column::Alt | Column::Genotype => 8,
            _ => 10,
        }
    }
}

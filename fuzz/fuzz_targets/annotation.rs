//! Annotation values: the bytes are record lines under a header that
//! declares VEP's CSQ, SnpEff's ANN or the old EFF (the first byte picks), so
//! the fuzzer spends its time inside the `|`, `,`, `&` and `%` structure of
//! the annotation rather than on getting past the header.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tolk_core::Loaded;

const HEADERS: [&str; 3] = [
    "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|HGVSc|HGVSp|Protein_position|HGNC_ID|CANONICAL|MANE_SELECT|PICK|ALLELE_NUM|gnomADe_AF|MAX_AF|CLIN_SIG|REVEL|CADD_PHRED|SpliceAI_pred_DS_AG|LoF|am_pathogenicity\">",
    "##INFO=<ID=ANN,Number=.,Type=String,Description=\"Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | Rank | HGVS.c | HGVS.p | cDNA.pos / cDNA.length | CDS.pos / CDS.length | AA.pos / AA.length | Distance | ERRORS / WARNINGS / INFO'\">",
    "##INFO=<ID=EFF,Number=.,Type=String,Description=\"Predicted effects for this variant.Format: 'Effect ( Effect_Impact | Functional_Class | Codon_Change | Amino_Acid_Change| Amino_Acid_Length | Gene_Name | Transcript_BioType | Gene_Coding | Transcript_ID | Exon_Rank  | Genotype_Number [ | ERRORS | WARNINGS ] )'\">",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else { return };
    let mut file = format!(
        "##fileformat=VCFv4.2\n{}\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n",
        HEADERS[usize::from(pick) % HEADERS.len()]
    )
    .into_bytes();
    file.extend_from_slice(body);
    let _ = Loaded::from_bytes(&file);
});

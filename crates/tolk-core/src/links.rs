//! Links out to the public resources a clinician looks up next: for a
//! variant gnomAD, ClinVar, Ensembl and UCSC; for a gene OMIM, GeneReviews
//! and PanelApp. A link carries the variant (build, chromosome, position,
//! alleles) or the gene symbol, and nothing else: no sample, no file name,
//! no patient. The page opens one only when it is clicked, in a new tab.
//!
//! Variant links need the reference build (a position means nothing
//! without it), so a file whose header names none gets none; gnomAD and
//! ClinVar's allele forms need plain alleles, so a symbolic ALT (`<DEL>`)
//! gets only the position links. Chromosomes Tolk does not recognise (alt
//! contigs, decoys) get none.

use crate::chrom::{self, Chromosome};
use crate::vcf::assembly::Build;
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};

crate::vocabulary! {
    /// A resource a link goes to; the words are its name.
    pub enum Site {
        Gnomad => ("gnomad", "link-gnomad"),
        ClinVar => ("clinvar", "link-clinvar"),
        Ensembl => ("ensembl", "link-ensembl"),
        Ucsc => ("ucsc", "link-ucsc"),
        Omim => ("omim", "link-omim"),
        GeneReviews => ("genereviews", "link-genereviews"),
        PanelApp => ("panelapp", "link-panelapp"),
    }
}

/// One link out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub site: Site,
    pub url: String,
}

/// The links for the variant `reference` > `alt` at `chrom`:`pos` on `build`.
pub fn variant_links(build: Option<Build>, chrom: &str, pos: u32, reference: &str, alt: &str) -> Vec<Link> {
    let (Some(build), Some(c)) = (build, chrom::parse(chrom)) else { return Vec::new() };
    let bare = bare_name(c);
    let plain = |a: &str| !a.is_empty() && a.bytes().all(|b| b"ACGTNacgtn".contains(&b));
    let mut links = Vec::new();
    if plain(reference) && plain(alt) {
        let id = format!("{bare}-{pos}-{reference}-{alt}");
        let dataset = match build {
            Build::GRCh37 => "gnomad_r2_1",
            Build::GRCh38 => "gnomad_r4",
        };
        links.push(Link {
            site: Site::Gnomad,
            url: format!("https://gnomad.broadinstitute.org/variant/{id}?dataset={dataset}"),
        });
        // ClinVar reads gnomAD's form with the assembly after it (its help,
        // "Search for a specific variant").
        let term = encode(&format!("{id}({})", build.name()));
        links.push(Link { site: Site::ClinVar, url: format!("https://www.ncbi.nlm.nih.gov/clinvar/?term={term}") });
    }
    let ensembl_host = match build {
        Build::GRCh37 => "grch37.ensembl.org",
        Build::GRCh38 => "www.ensembl.org",
    };
    let ensembl_name = if c == Chromosome::Mitochondrion { "MT" } else { &bare };
    links.push(Link {
        site: Site::Ensembl,
        url: format!("https://{ensembl_host}/Homo_sapiens/Location/View?r={ensembl_name}:{pos}-{pos}"),
    });
    let db = match build {
        Build::GRCh37 => "hg19",
        Build::GRCh38 => "hg38",
    };
    links.push(Link {
        site: Site::Ucsc,
        url: format!("https://genome.ucsc.edu/cgi-bin/hgTracks?db={db}&position=chr{bare}:{pos}-{pos}"),
    });
    links
}

/// The links for the gene `symbol`.
pub fn gene_links(symbol: &str) -> Vec<Link> {
    if symbol.is_empty() {
        return Vec::new();
    }
    let s = encode(symbol);
    vec![
        Link { site: Site::Omim, url: format!("https://www.omim.org/search?search={s}") },
        Link { site: Site::GeneReviews, url: format!("https://www.ncbi.nlm.nih.gov/books/NBK1116/?term={s}") },
        Link { site: Site::PanelApp, url: format!("https://panelapp.genomicsengland.co.uk/panels/entities/{s}") },
    ]
}

/// `1`..`22`, `X`, `Y`, `M`, as gnomAD and UCSC (after `chr`) write them.
fn bare_name(c: Chromosome) -> String {
    match c {
        Chromosome::Autosome(n) => n.to_string(),
        Chromosome::X => "X".into(),
        Chromosome::Y => "Y".into(),
        Chromosome::Mitochondrion => "M".into(),
    }
}

/// A value as it may stand in a URL's path or query: anything but letters
/// and digits percent-encoded, so a crafted gene name cannot add to the URL.
fn encode(value: &str) -> String {
    utf8_percent_encode(value, NON_ALPHANUMERIC).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(links: &[Link], site: Site) -> Option<&str> {
        links.iter().find(|l| l.site == site).map(|l| l.url.as_str())
    }

    #[test]
    fn a_variant_links_by_its_build_and_bare_chromosome() {
        let links = variant_links(Some(Build::GRCh38), "chr2", 166003512, "C", "T");
        assert_eq!(
            url(&links, Site::Gnomad),
            Some("https://gnomad.broadinstitute.org/variant/2-166003512-C-T?dataset=gnomad_r4")
        );
        assert_eq!(
            url(&links, Site::ClinVar),
            Some("https://www.ncbi.nlm.nih.gov/clinvar/?term=2%2D166003512%2DC%2DT%28GRCh38%29")
        );
        assert_eq!(
            url(&links, Site::Ensembl),
            Some("https://www.ensembl.org/Homo_sapiens/Location/View?r=2:166003512-166003512")
        );
        assert_eq!(
            url(&links, Site::Ucsc),
            Some("https://genome.ucsc.edu/cgi-bin/hgTracks?db=hg38&position=chr2:166003512-166003512")
        );
        let old = variant_links(Some(Build::GRCh37), "X", 10, "A", "AT");
        assert!(url(&old, Site::Gnomad).unwrap().ends_with("/variant/X-10-A-AT?dataset=gnomad_r2_1"));
        assert!(url(&old, Site::Ensembl).unwrap().starts_with("https://grch37.ensembl.org/"));
        assert!(url(&old, Site::Ucsc).unwrap().contains("db=hg19&position=chrX:10-10"));
    }

    #[test]
    fn no_build_no_variant_links_and_symbolic_alleles_only_position_links() {
        assert!(variant_links(None, "chr1", 5, "A", "G").is_empty());
        assert!(variant_links(Some(Build::GRCh38), "chrUn_KI270302v1", 5, "A", "G").is_empty());
        let sites: Vec<Site> =
            variant_links(Some(Build::GRCh38), "chr1", 5, "A", "<DEL>").into_iter().map(|l| l.site).collect();
        assert_eq!(sites, [Site::Ensembl, Site::Ucsc]);
        let mito = variant_links(Some(Build::GRCh38), "chrM", 8602, "T", "C");
        assert!(url(&mito, Site::Ensembl).unwrap().contains("r=MT:8602"));
        assert!(url(&mito, Site::Ucsc).unwrap().contains("chrM:8602"));
    }

    #[test]
    fn a_gene_links_by_its_symbol_encoded() {
        let links = gene_links("SCN1A");
        assert_eq!(url(&links, Site::Omim), Some("https://www.omim.org/search?search=SCN1A"));
        assert_eq!(url(&links, Site::PanelApp), Some("https://panelapp.genomicsengland.co.uk/panels/entities/SCN1A"));
        let crafted = gene_links("A&x=1/../y");
        assert!(crafted.iter().all(|l| !l.url.contains("&x=") && !l.url.contains("/../")), "{crafted:?}");
        assert!(gene_links("").is_empty());
    }
}

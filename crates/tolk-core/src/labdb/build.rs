//! A case as the database takes it in: from its session (the worked
//! variants and their classifications) and, when the VCF is open, from
//! every variant its proband carries.

use super::{case_id, day, Carrier, CaseEntry, LabClassification, LabDb, LabDbError, Observed};
use crate::chrom::{self, Chromosome};
use crate::family::Sex;
use crate::knowledge::SiteKey;
use crate::session::{Session, VariantWork};
use crate::store::VariantStore;
use crate::vcf::assembly::Build;
use crate::vcf::genotype::Zygosity;

/// One case, ready to be added: made by [`CaseInput::from_session`],
/// [`CaseInput::from_session_and_store`] or [`CaseInput::with_carried`].
#[derive(Debug, Clone, PartialEq)]
pub struct CaseInput {
    id: String,
    /// `None` when the file named no build: [`CaseInput::with_build`]
    /// gives it, and [`LabDb::add_case`] refuses a case without one.
    build: Option<Build>,
    observed: Observed,
    carried: Vec<(SiteKey, Carrier, Option<String>)>,
    /// Each with `case` 0, set when added.
    classified: Vec<(SiteKey, Option<String>, LabClassification)>,
}

/// What adding a case did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddOutcome {
    pub case: String,
    /// The case was in the database already: its earlier entries were
    /// replaced, not counted again.
    pub replaced: bool,
    /// Sites its proband carries, as recorded.
    pub carried: usize,
    pub classified: usize,
}

impl AddOutcome {
    /// What was done, as the app says it.
    pub fn phrase(&self) -> crate::phrase::Phrase {
        let key = if self.replaced { msg!("labdb-case-replaced") } else { msg!("labdb-case-added") };
        crate::phrase::Phrase::new(key)
            .arg("carried", self.carried.to_string())
            .arg("classified", self.classified.to_string())
    }
}

/// The proband: their column in the file, name, and whether male (which
/// makes a homozygous call on X or Y hemizygous).
struct Proband {
    column: usize,
    name: String,
    male: bool,
}

impl Proband {
    /// The family's proband, else the only sample ([`crate::session::CaseContext::proband`]).
    fn of(session: &Session) -> Result<Proband, LabDbError> {
        let context = &session.context;
        let family = session.case.as_ref().and_then(|c| c.family.as_ref());
        let name = match family {
            Some(f) => context.samples.get(f.proband).map(String::as_str),
            None => context.proband().map(|(name, _)| name),
        };
        let name = name.ok_or(LabDbError::NoProband)?;
        let column = context.samples.iter().position(|s| s == name).ok_or(LabDbError::NoProband)?;
        let sex = family.map(|f| f.proband_sex).or_else(|| context.role(name).map(|r| r.sex));
        Ok(Proband { column, name: name.to_owned(), male: sex == Some(Sex::Male) })
    }

    /// How the proband carries a variant on `chrom` called `zygosity`:
    /// homozygous on X or Y in a male is hemizygous (the pseudoautosomal
    /// regions are not told apart: a male's homozygous call there is rare,
    /// and counting it hemizygous errs towards the rarer kind).
    fn carrier(&self, zygosity: Zygosity, chrom: &str) -> Option<Carrier> {
        let sex_chromosome = matches!(chrom::parse(chrom), Some(Chromosome::X | Chromosome::Y));
        match zygosity {
            Zygosity::Het => Some(Carrier::Het),
            Zygosity::HomAlt if self.male && sex_chromosome => Some(Carrier::Hemi),
            Zygosity::HomAlt => Some(Carrier::Hom),
            Zygosity::Hemizygous => Some(Carrier::Hemi),
            Zygosity::HomRef | Zygosity::Missing => None,
        }
    }
}

/// The site of a worked variant; `None` for a symbolic ALT (a CNV), which
/// the database, a store of small variants, leaves out.
fn site_of(work: &VariantWork) -> Option<SiteKey> {
    let f = &work.facts;
    SiteKey::new(&f.chrom, f.pos, &f.reference, &f.alt)
}

/// The classification a work gives, if it gives one: criteria applied or
/// a class settled on. Dated by its last change (the session's when that
/// is not a date), by whoever made it.
fn classification(work: &VariantWork, session: &Session) -> Option<LabClassification> {
    if !work.classified() {
        return None;
    }
    let criteria = work.applied();
    let analyst = if work.updated_by.is_empty() { &session.analyst } else { &work.updated_by };
    Some(LabClassification {
        case: 0,
        class: work.final_class(),
        criteria,
        transcript: work.facts.transcript.clone(),
        hgvsc: work.facts.hgvsc.clone(),
        hgvsp: work.facts.hgvsp.clone(),
        date: day(&work.updated_at).or_else(|| day(&session.updated)).unwrap_or_default().to_owned(),
        analyst: analyst.clone(),
        condition: work.condition.clone(),
        comment: work.comment.clone(),
        comment_shareable: work.comment_shareable,
    })
}

impl CaseInput {
    /// The case as its session alone tells it: its classifications, and as
    /// carried only the variants worked on ([`Observed::WorkedOnly`]).
    pub fn from_session(session: &Session) -> Result<CaseInput, LabDbError> {
        CaseInput::new(session, Observed::WorkedOnly, |proband| {
            let worked = session.variants.values().filter(|w| !w.is_empty());
            let carried = worked.filter_map(|w| {
                let (_, zygosity) = w.facts.zygosity.iter().find(|(name, _)| *name == proband.name)?;
                Some((site_of(w)?, *zygosity, w.facts.gene.clone()))
            });
            carried.collect()
        })
    }

    /// The case with every variant its proband carries in `store`, the
    /// case's VCF as loaded ([`Observed::AllVariants`]), and the session's
    /// classifications. Reads the packed calls and interned names
    /// directly, so 100,000 rows take milliseconds.
    pub fn from_session_and_store(session: &Session, store: &VariantStore) -> Result<CaseInput, LabDbError> {
        CaseInput::new(session, Observed::AllVariants, |proband| {
            if proband.column >= store.samples() {
                return Vec::new();
            }
            let genes = &store.under(session.context.policy).gene;
            (0..store.len())
                .filter_map(|row| {
                    let zygosity = store.packed_calls(row)[proband.column].zygosity();
                    if matches!(zygosity, Zygosity::HomRef | Zygosity::Missing) {
                        return None;
                    }
                    let site = SiteKey::of(store.variant_key(row))?;
                    Some((site, zygosity, store.genes().name(genes[row]).map(str::to_owned)))
                })
                .collect()
        })
    }

    /// The case with `carried` (site, the proband's zygosity, gene) as
    /// every variant its proband carries ([`Observed::AllVariants`]), and
    /// the session's classifications: for callers that read the VCF their
    /// own way.
    pub fn with_carried(
        session: &Session,
        carried: impl IntoIterator<Item = (SiteKey, Zygosity, Option<String>)>,
    ) -> Result<CaseInput, LabDbError> {
        CaseInput::new(session, Observed::AllVariants, |_| carried.into_iter().collect())
    }

    /// The build, when the file named none and the lab knows it.
    pub fn with_build(self, build: Build) -> CaseInput {
        // The file's own word wins: a build given for many sessions at once
        // must not refile one whose file says otherwise.
        CaseInput { build: self.build.or(Some(build)), ..self }
    }

    fn new(
        session: &Session,
        observed: Observed,
        calls: impl FnOnce(&Proband) -> Vec<(SiteKey, Zygosity, Option<String>)>,
    ) -> Result<CaseInput, LabDbError> {
        if session.pseudonymised {
            return Err(LabDbError::Pseudonymised);
        }
        let sha = &session.file.sha256;
        if sha.len() < 16 || !sha.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(LabDbError::NoChecksum);
        }
        let proband = Proband::of(session)?;
        let carried = calls(&proband)
            .into_iter()
            .filter_map(|(site, zygosity, gene)| Some((proband.carrier(zygosity, &site.chrom)?, site, gene)))
            .map(|(carrier, site, gene)| (site, carrier, gene))
            .collect();
        let classified = session
            .variants
            .values()
            .filter_map(|w| Some((site_of(w)?, w.facts.gene.clone(), classification(w, session)?)))
            .collect();
        Ok(CaseInput {
            id: case_id(sha),
            build: session.context.build.as_ref().map(|b| b.build),
            observed,
            carried,
            classified,
        })
    }
}

impl LabDb {
    /// Adds a case, dated `added`. A case already in the database (by id)
    /// has its earlier entries replaced, so adding a case again after more
    /// work never counts it twice. Refused when its build is unknown or
    /// not the database's.
    pub fn add_case(&mut self, case: CaseInput, added: &str) -> Result<AddOutcome, LabDbError> {
        self.take_build(case.build.ok_or(LabDbError::UnknownBuild)?)?;
        let entry = CaseEntry { id: case.id.clone(), added: added.to_owned(), observed: case.observed };
        let (index, replaced) = match self.case_index(&case.id) {
            Some(index) => {
                self.drop_case(index);
                self.cases[index as usize] = entry;
                (index, true)
            }
            None => {
                self.cases.push(entry);
                (self.cases.len() as u32 - 1, false)
            }
        };
        let (carried, classified) = (case.carried.len(), case.classified.len());
        for (site, carrier, gene) in case.carried {
            self.entry(site, gene.as_deref()).add_carrier(index, carrier);
        }
        for (site, gene, c) in case.classified {
            self.entry(site, gene.as_deref()).add_classification(LabClassification { case: index, ..c });
        }
        Ok(AddOutcome { case: case.id, replaced, carried, classified })
    }
}

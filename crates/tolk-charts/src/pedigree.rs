//! The family as a drawn pedigree, in the standard symbols (Bennett et al.
//! 2008, the NSGC's standardized pedigree nomenclature): a square for a
//! male, a circle for a female, a diamond for sex not given; filled when
//! affected, a "?" inside when affection is unknown; the proband marked by
//! an arrow and "P". The parents are joined by a line, their children hang
//! from a sibship line below. A parent the file holds no sample for is drawn
//! dashed, so the trio's shape is kept and what was not sequenced is seen.
//!
//! Hand-drawn SVG rather than plotters: there are no axes, only symbols and
//! lines, and every name is escaped as the charts' text is.

use tolk_core::family::{Affection, Family, Member, Sex};
use tolk_core::i18n::Lang;
use tolk_core::inheritance::Role;
use tolk_core::note::html::escape;
use tolk_core::note::FamilyMember;

const SIZE: f64 = 40.0;
const GAP: f64 = 150.0;
const TOP: f64 = 30.0;
const CHILD_Y: f64 = 150.0;
const INK: &str = "#1a1a1a";

/// The pedigree of `family`, its members named by `samples` (the sample
/// columns' names, already pseudonymised where that is on), with `sex_of`
/// giving a sibling's sex where a PED said it; as an SVG with its title and
/// a description naming each member, in `lang`.
pub fn pedigree(family: &Family, samples: &[String], sex_of: impl Fn(usize) -> Sex, lang: Lang) -> String {
    let name = |column: usize| samples.get(column).map_or("", String::as_str);
    let parent = |member: Option<Member>, role| {
        member.map(|m| FamilyMember::sequenced(role, name(m.sample), Sex::Unknown, m.affected))
    };
    let proband = FamilyMember::sequenced(Role::Proband, name(family.proband), family.proband_sex, Affection::Affected);
    let siblings = family
        .siblings
        .iter()
        .map(|s| FamilyMember::sequenced(Role::Sibling, name(s.sample), sex_of(s.sample), s.affected));
    let members = std::iter::once(proband)
        .chain(parent(family.father, Role::Father))
        .chain(parent(family.mother, Role::Mother))
        .chain(siblings);
    family_pedigree(&FamilyMember::family(members), lang)
}

/// The pedigree of the family as the note holds it ([`Note::family`]):
/// the printable note's figure, and what [`pedigree`] draws. A parent
/// missing beside the other is drawn not sequenced.
///
/// [`Note::family`]: tolk_core::note::Note::family
pub fn family_pedigree(members: &[FamilyMember], lang: Lang) -> String {
    let find = |role| members.iter().find(|m| m.role == role);
    let has_parents = find(Role::Father).is_some() || find(Role::Mother).is_some();
    let parents = has_parents.then(|| {
        [Role::Father, Role::Mother]
            .map(|role| find(role).cloned().unwrap_or_else(|| FamilyMember::not_sequenced(role)))
    });
    let of = |role| members.iter().filter(move |m| m.role == role);
    let children: Vec<&FamilyMember> = of(Role::Proband).chain(of(Role::Sibling)).collect();

    let columns = children.len().max(if has_parents { 2 } else { 1 });
    let width = GAP * columns as f64 + 40.0;
    let height = if has_parents { CHILD_Y + SIZE + 70.0 } else { SIZE + 100.0 };
    let child_y = if has_parents { CHILD_Y } else { TOP };
    let centre = width / 2.0;
    let xs = child_xs(children.len(), centre);
    let mut body = String::new();
    if let Some([father, mother]) = &parents {
        let (fx, mx) = (centre - GAP / 2.0, centre + GAP / 2.0);
        body.push_str(&line(fx + SIZE / 2.0, TOP + SIZE / 2.0, mx - SIZE / 2.0, TOP + SIZE / 2.0));
        let sibship = child_y - 25.0;
        body.push_str(&line(centre, TOP + SIZE / 2.0, centre, sibship));
        let (left, right) = (xs.first().map_or(centre, |x| x.min(centre)), xs.last().map_or(centre, |x| x.max(centre)));
        body.push_str(&line(left, sibship, right, sibship));
        for &x in &xs {
            body.push_str(&line(x, sibship, x, child_y));
        }
        body.push_str(&symbol(father, fx, TOP, lang));
        body.push_str(&symbol(mother, mx, TOP, lang));
    }
    for (person, &x) in children.iter().zip(&xs) {
        body.push_str(&symbol(person, x, child_y, lang));
    }
    let people = parents.iter().flatten().chain(children).map(|p| p.describe(lang)).collect::<Vec<_>>().join("; ");
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" \
         aria-labelledby=\"pedigree-title pedigree-desc\" font-family=\"sans-serif\" font-size=\"16\">\
         <title id=\"pedigree-title\">{}</title><desc id=\"pedigree-desc\">{}</desc>{body}</svg>",
        escape(&lang.t(msg!("pedigree-title"))),
        escape(&people),
    )
}

/// The children's centres, side by side around `centre`.
fn child_xs(count: usize, centre: f64) -> Vec<f64> {
    let start = centre - GAP * (count as f64 - 1.0) / 2.0;
    (0..count).map(|i| start + GAP * i as f64).collect()
}

fn line(x1: f64, y1: f64, x2: f64, y2: f64) -> String {
    format!("<line x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" stroke=\"{INK}\" stroke-width=\"2\"/>")
}

/// `person`'s symbol with its top centre at (`x`, `y`), and their name and
/// role below.
fn symbol(person: &FamilyMember, x: f64, y: f64, lang: Lang) -> String {
    let fill = if person.affected == Affection::Affected { INK } else { "#ffffff" };
    let dash = if person.sequenced { "" } else { " stroke-dasharray=\"5 4\"" };
    let style = format!("fill=\"{fill}\" stroke=\"{INK}\" stroke-width=\"2\"{dash}");
    let half = SIZE / 2.0;
    let shape = match person.sex {
        Sex::Male => format!("<rect x=\"{}\" y=\"{y}\" width=\"{SIZE}\" height=\"{SIZE}\" {style}/>", x - half),
        Sex::Female => format!("<circle cx=\"{x}\" cy=\"{}\" r=\"{half}\" {style}/>", y + half),
        Sex::Unknown => format!(
            "<polygon points=\"{x},{y} {},{} {x},{} {},{}\" {style}/>",
            x + half,
            y + half,
            y + SIZE,
            x - half,
            y + half
        ),
    };
    let unknown = if person.affected == Affection::Unknown && person.sequenced {
        format!("<text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" fill=\"{INK}\">?</text>", y + half + 6.0)
    } else {
        String::new()
    };
    // The arrow comes from the lower left, clear of the name below.
    let arrow = if person.role == Role::Proband {
        let (tip_x, tip_y) = (x - half - 4.0, y + SIZE - 8.0);
        let (tail_x, tail_y) = (tip_x - 22.0, tip_y + 14.0);
        let length = (22.0f64).hypot(14.0);
        let (dx, dy) = ((tip_x - tail_x) / length, (tip_y - tail_y) / length);
        let (back_x, back_y) = (tip_x - 9.0 * dx, tip_y - 9.0 * dy);
        let (px, py) = (-dy * 4.5, dx * 4.5);
        format!(
                "<line x1=\"{tail_x}\" y1=\"{tail_y}\" x2=\"{back_x}\" y2=\"{back_y}\" stroke=\"{INK}\" stroke-width=\"2\"/>\
                 <polygon points=\"{tip_x},{tip_y} {},{} {},{}\" fill=\"{INK}\"/>\
                 <text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{INK}\" font-weight=\"700\">P</text>",
                back_x + px,
                back_y + py,
                back_x - px,
                back_y - py,
                tail_x - 3.0,
                tail_y + 6.0
            )
    } else {
        String::new()
    };
    format!(
        "<g data-role=\"{}\">{shape}{unknown}{arrow}<text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" fill=\"{INK}\">{}</text>\
         <text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" fill=\"#4a4f57\" font-size=\"14\">{}</text></g>",
        person.role.key().trim_start_matches("role-"),
        y + SIZE + 22.0,
        escape(&match (&person.sample, person.sequenced) {
            (Some(name), true) => name.clone(),
            _ => lang.t(msg!("pedigree-not-sequenced")),
        }),
        y + SIZE + 40.0,
        escape(&lang.t(person.role.key())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trio() -> Family {
        Family {
            proband: 0,
            proband_sex: Sex::Female,
            father: Some(Member { sample: 1, affected: Affection::Unaffected }),
            mother: Some(Member { sample: 2, affected: Affection::Unknown }),
            siblings: vec![Member { sample: 3, affected: Affection::Affected }],
        }
    }

    fn names() -> Vec<String> {
        ["PROBAND", "FATHER", "MOTHER", "<b>SIS</b>"].map(String::from).to_vec()
    }

    #[test]
    fn a_family_is_drawn_in_the_standard_symbols_and_said_in_words() {
        let svg = pedigree(&trio(), &names(), |_| Sex::Female, Lang::En);
        // Father a square, mother and the two daughters circles.
        assert_eq!(svg.matches("<rect").count(), 1);
        assert_eq!(svg.matches("<circle").count(), 3);
        // Filled: the affected proband and sister; the mother's affection unknown.
        assert_eq!(svg.matches("fill=\"#1a1a1a\" stroke").count(), 2);
        assert!(svg.contains(">?</text>"));
        assert!(svg.contains(">P</text>"));
        assert!(svg.contains("<title id=\"pedigree-title\">Family pedigree</title>"));
        assert!(svg.contains("Proband PROBAND: female, affected"));
        assert!(svg.contains("Father FATHER: male, unaffected"));
        assert!(svg.contains("Mother MOTHER: female, affection unknown"));
        // Names are text, never markup.
        assert!(svg.contains("&lt;b&gt;SIS&lt;/b&gt;"));
        assert!(!svg.contains("<b>"));
    }

    #[test]
    fn a_parent_without_a_sample_is_dashed_and_a_singleton_stands_alone() {
        let mut duo = trio();
        duo.father = None;
        duo.siblings.clear();
        let svg = pedigree(&duo, &names(), |_| Sex::Unknown, Lang::Nb);
        assert_eq!(svg.matches("stroke-dasharray").count(), 1);
        assert!(svg.contains("Far: ikke sekvensert; Mor MOTHER: kvinne, ukjent om affisert"), "{svg}");
        let alone = pedigree(&Family::singleton(0, Sex::Unknown), &names(), |_| Sex::Unknown, Lang::En);
        assert_eq!(alone.matches("<polygon").count(), 2, "a diamond and the arrow's head");
        assert_eq!(alone.matches("<line").count(), 1, "only the arrow's shaft");
    }
}

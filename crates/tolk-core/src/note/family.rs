//! The family as the note states it and the printable note draws it
//! (`tolk_charts::family_pedigree`): who each member is, by the sample
//! name the note gives them (a label when pseudonymised), their sex,
//! whether they are affected, and whether the file holds their genotypes.

use crate::family::{Affection, Sex};
use crate::i18n::Lang;
use crate::inheritance::Role;
use crate::session::SampleRole;
use serde::{Deserialize, Serialize};

/// One member of the family as drawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FamilyMember {
    pub role: Role,
    /// The sample's name as the note writes sample names; null for a
    /// parent the file holds no sample for.
    pub sample: Option<String>,
    /// A father is male and a mother female; a sibling's sex is not kept
    /// with the work, so it is unknown.
    pub sex: Sex,
    pub affected: Affection,
    /// Whether the file holds the member's genotypes: a parent without a
    /// sample is drawn dashed, so the trio's shape is kept and what was not
    /// sequenced is seen.
    pub sequenced: bool,
}

impl FamilyMember {
    /// A member the file holds a sample for. A parent's sex is their
    /// role's, whatever `sex` says.
    pub fn sequenced(role: Role, sample: &str, sex: Sex, affected: Affection) -> FamilyMember {
        FamilyMember {
            role,
            sample: Some(sample.to_owned()),
            sex: parent_sex(role).unwrap_or(sex),
            affected,
            sequenced: true,
        }
    }

    /// A parent the file holds no sample for (drawn dashed).
    pub fn not_sequenced(role: Role) -> FamilyMember {
        FamilyMember {
            role,
            sample: None,
            sex: parent_sex(role).unwrap_or_default(),
            affected: Affection::Unknown,
            sequenced: false,
        }
    }

    /// The family as drawn from its sequenced `members`: the proband, the
    /// father, the mother, then the siblings in the order given; where one
    /// parent is in the file and the other is not, the other is there as
    /// not sequenced.
    pub fn family(members: impl IntoIterator<Item = FamilyMember>) -> Vec<FamilyMember> {
        let mut members: Vec<FamilyMember> = members.into_iter().collect();
        let has = |members: &[FamilyMember], role| members.iter().any(|m| m.role == role);
        if has(&members, Role::Father) || has(&members, Role::Mother) {
            for parent in [Role::Father, Role::Mother] {
                if !has(&members, parent) {
                    members.push(FamilyMember::not_sequenced(parent));
                }
            }
        }
        let rank = |role| match role {
            Role::Proband => 0,
            Role::Father => 1,
            Role::Mother => 2,
            Role::Sibling => 3,
        };
        members.sort_by_key(|m| rank(m.role));
        members
    }

    /// The family of the session's roles (empty without a family).
    pub fn from_roles(roles: &[SampleRole]) -> Vec<FamilyMember> {
        FamilyMember::family(roles.iter().map(|r| FamilyMember::sequenced(r.role, &r.sample, r.sex, r.affected)))
    }

    /// `Father FATHER: male, unaffected`, or `Father: not sequenced`.
    pub fn describe(&self, lang: Lang) -> String {
        let role = lang.t(self.role.key());
        let Some(name) = self.sample.as_deref().filter(|_| self.sequenced) else {
            return lang.t_with(msg!("pedigree-member-absent"), &[("role", role.into())]);
        };
        let sex = lang.t(match self.sex {
            Sex::Male => msg!("sex-male"),
            Sex::Female => msg!("sex-female"),
            Sex::Unknown => msg!("sex-unknown"),
        });
        let affection = lang.t(match self.affected {
            Affection::Affected => msg!("pedigree-affected"),
            Affection::Unaffected => msg!("pedigree-unaffected"),
            Affection::Unknown => msg!("pedigree-affection-unknown"),
        });
        lang.t_with(
            msg!("pedigree-member"),
            &[("role", role.into()), ("name", name.into()), ("sex", sex.into()), ("affection", affection.into())],
        )
    }
}

fn parent_sex(role: Role) -> Option<Sex> {
    match role {
        Role::Father => Some(Sex::Male),
        Role::Mother => Some(Sex::Female),
        Role::Proband | Role::Sibling => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_duo_is_drawn_with_its_other_parent_not_sequenced_and_the_proband_first() {
        let roles = [
            SampleRole { sample: "MUM".into(), role: Role::Mother, sex: Sex::Unknown, affected: Affection::Unaffected },
            SampleRole { sample: "KID".into(), role: Role::Proband, sex: Sex::Male, affected: Affection::Affected },
        ];
        let family = FamilyMember::from_roles(&roles);
        let order: Vec<Role> = family.iter().map(|m| m.role).collect();
        assert_eq!(order, [Role::Proband, Role::Father, Role::Mother]);
        assert_eq!(family[1], FamilyMember::not_sequenced(Role::Father));
        assert_eq!((family[2].sex, family[2].sequenced), (Sex::Female, true), "a mother is female");
        let words: Vec<String> = family.iter().map(|m| m.describe(Lang::En)).collect();
        assert_eq!(words, ["Proband KID: male, affected", "Father: not sequenced", "Mother MUM: female, unaffected"]);
        // A proband alone has no parents drawn; no family, no members.
        assert_eq!(FamilyMember::from_roles(&roles[1..]).len(), 1);
        assert!(FamilyMember::from_roles(&[]).is_empty());
    }
}

//! Closed sets of named values (classes, answers, report decisions): each
//! value has an id (in files, URLs and test hooks) and a message key (its
//! words in each language). [`vocabulary!`](crate::vocabulary!) writes the enum and those from
//! one table, so that the id, the serde name and the words of a value are
//! declared once, side by side.

/// An enum whose every value has an id and a message key:
///
/// ```ignore
/// vocabulary! {
///     /// Whether a reported call was confirmed by another method.
///     pub enum Confirmation {
///         Confirmed => ("confirmed", "confirmation-confirmed"),
///         Pending => ("pending", "confirmation-pending"),
///     }
/// }
/// ```
///
/// gives the enum (serialised by its ids), `ALL` in table order, `id`,
/// `parse` (from an id), `key`, `label` (in a language) and `phrase`.
#[macro_export]
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            // `tt`, not `literal`: a captured literal is opaque to `msg!`.
            $($(#[$vmeta:meta])* $value:ident => ($id:literal, $key:tt),)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        $vis enum $name {
            $($(#[$vmeta])* #[serde(rename = $id)] $value,)+
        }

        impl $name {
            /// Every value, in order.
            pub const ALL: [$name; [$($id),+].len()] = [$($name::$value),+];

            /// The id in files, URLs and test hooks.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$value => $id,)+
                }
            }

            /// The value with id `id`.
            pub fn parse(id: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.id() == id)
            }

            /// The message key of its words (checked as the code builds).
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$value => msg!($key),)+
                }
            }

            /// Its words in `lang`.
            pub fn label(self, lang: $crate::i18n::Lang) -> String {
                lang.t(self.key())
            }

            /// Its words as a phrase, worded when shown.
            pub fn phrase(self) -> $crate::phrase::Phrase {
                $crate::phrase::Phrase::new(self.key())
            }
        }
    };
}

#[cfg(test)]
mod tests {
    vocabulary! {
        /// A test set.
        enum Sample {
            First => ("first", "class-pathogenic"),
            /// With its own doc.
            SecondOne => ("second_one", "class-benign"),
        }
    }

    #[test]
    fn ids_keys_and_serde_names_come_from_one_table() {
        assert_eq!(Sample::ALL, [Sample::First, Sample::SecondOne]);
        assert_eq!(Sample::parse("second_one"), Some(Sample::SecondOne));
        assert_eq!(Sample::parse("Second"), None);
        assert_eq!(serde_json::to_string(&Sample::SecondOne).unwrap(), "\"second_one\"");
        assert_eq!(Sample::First.label(crate::i18n::Lang::En), "Pathogenic");
        assert_eq!(Sample::SecondOne.phrase().render(crate::i18n::Lang::En), "Benign");
    }
}

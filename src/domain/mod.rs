//! Domain types shared by every layer: tickets and their ids, statuses,
//! channels, timestamps, verification classes. Pure data — no I/O, no clock.

mod integration;
mod locale;
mod ticket;
mod timestamp;
mod verify_class;

pub use integration::Integration;
pub use locale::Locale;
pub use ticket::{Channel, ParseTicketIdError, TicketId, TicketStatus};
pub use timestamp::Timestamp;
pub use verify_class::VerifyClass;

/// A value read back (from the database or a command line) that is not one
/// of the known names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {value:?}; expected one of: {expected}")]
pub struct UnknownValue {
    pub what: &'static str,
    pub value: String,
    pub expected: String,
}

/// Generates `as_str`, `ALL`, `Display` and `FromStr` for a fieldless enum
/// whose serialised names are listed once here.
macro_rules! named_enum_impl {
    ($ty:ident, $what:literal, { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $name),+ }
            }
        }

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $ty {
            type Err = $crate::domain::UnknownValue;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($name => Ok($ty::$variant),)+
                    _ => Err($crate::domain::UnknownValue {
                        what: $what,
                        value: s.to_owned(),
                        expected: [$($name),+].join(", "),
                    }),
                }
            }
        }
    };
}
pub(crate) use named_enum_impl as named_enum;

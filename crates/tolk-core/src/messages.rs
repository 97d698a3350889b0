//! [`msg!`](crate::msg!): message keys checked when the code builds. The build script
//! writes the macro from the English tables, one arm per key; every key the
//! code writes as a literal goes through it, in this crate and in the app,
//! and the keys of a [`vocabulary!`](crate::vocabulary!) are checked by it
//! too. Keys made at run time (a vocabulary value's `key()`) come from
//! checked literals.

include!(concat!(env!("OUT_DIR"), "/msg.rs"));

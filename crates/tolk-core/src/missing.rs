//! The sentinels the store's columns write for "the file gives no value":
//! a leaf, so that the columns kept beside the store (`sv::columns`,
//! `sv::samples`) name them without importing the store that holds them.

pub(crate) const NONE_U32: u32 = u32::MAX;
pub(crate) const NONE_U8: u8 = u8::MAX;
pub(crate) const NONE_U16: u16 = u16::MAX;

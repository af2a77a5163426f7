//! Compact JSON for output lines: the bytes `serde_json::to_writer` gives, written faster.
//!
//! A report line is mostly article text (every sentence's `text`, the summary's, the keyphrases'),
//! and serde_json looks at a string's bytes one at a time to find what needs escaping. This
//! serializer writes the same JSON with strings escaped by `json-escape-simd` (sonic-rs's escaping
//! kernels, 16 or 32 bytes at a time, chosen at run time), and everything else (numbers, `null`,
//! brackets and separators) through serde_json's own [`CompactFormatter`], so that the bytes are
//! serde_json's, number for number.
//!
//! It covers what output lines hold: structs, sequences, maps with string keys, options, enums,
//! strings, numbers and booleans. What it does not write the way serde_json would (a map key
//! that is not a string, serde_json's raw values) is refused with [`Unsupported`], and the
//! caller ([`crate::jsonl::result_line`]) writes that value with serde_json instead. Tests check
//! the bytes against serde_json on reports, on every escaped character, and on random strings.

use std::fmt;

use serde::ser::{self, Serialize};
use serde_json::ser::{CompactFormatter, Formatter};

/// Why a value was not written: a shape serde_json writes in a way this serializer does not
/// copy (see the module doc), or an error of the value's own `Serialize`.
#[derive(Debug)]
pub struct Unsupported(String);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Unsupported(msg.to_string())
    }
}

fn unsupported(what: &str) -> Unsupported {
    Unsupported(format!("{what} is left to serde_json"))
}

fn not_a_string() -> Unsupported {
    unsupported("a map key that is not a string")
}

/// Appends `value` as compact JSON to `out`: the bytes `serde_json::to_writer` would append.
/// On an error, `out` may hold part of the value; the caller truncates it.
///
/// ```
/// let mut out = Vec::new();
/// let value = serde_json::json!({"id": 7, "text": "He said \"yes\".\n", "score": 0.25});
/// nutgraf_cli::json::write(&mut out, &value).unwrap();
/// assert_eq!(out, serde_json::to_vec(&value).unwrap());
/// ```
pub fn write<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Unsupported> {
    value.serialize(&mut Serializer { out })
}

/// Appends `s` as a JSON string, quotes included, escaped as serde_json escapes it.
fn string(out: &mut Vec<u8>, s: &str) {
    // Field names and short strings (a keyphrase, a language code) are most of the strings of
    // a report: a plain loop over them beats setting up the vector kernel and its reservation
    // (six bytes of room per byte of input).
    const SHORT: usize = 32;
    let bytes = s.as_bytes();
    if bytes.len() <= SHORT && bytes.iter().all(|&b| !ESCAPED[usize::from(b)]) {
        out.reserve(bytes.len() + 2);
        out.push(b'"');
        out.extend_from_slice(bytes);
        out.push(b'"');
    } else if bytes.len() <= LONG {
        json_escape_simd::escape_into(s, out);
    } else {
        // The kernels reserve six bytes of room per byte of input; for a string this long
        // (a document with no sentence end) serde_json's own escaping, which reserves nothing
        // ahead, keeps memory to what is written. Writing to a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, s);
    }
}

/// Strings longer than this are escaped by serde_json (see [`string`]).
const LONG: usize = 1 << 20;

/// The bytes JSON escapes inside a string: the control characters, `"` and `\\`.
static ESCAPED: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// Writes through serde_json's formatter; writing to a `Vec` cannot fail.
fn fmt(
    out: &mut Vec<u8>,
    f: impl FnOnce(&mut CompactFormatter, &mut Vec<u8>) -> std::io::Result<()>,
) {
    // An io error is impossible on a Vec; if one came, the bytes would simply be missing and
    // the caller's comparison tests would show it.
    let _ = f(&mut CompactFormatter, out);
}

struct Serializer<'a> {
    out: &'a mut Vec<u8>,
}

/// Whether a sequence or object has had an element yet; `Empty` when its length was given as
/// 0 and it was closed at once (as serde_json does).
#[derive(PartialEq)]
enum State {
    Empty,
    First,
    Rest,
}

/// An open array or object.
struct Compound<'s, 'a> {
    ser: &'s mut Serializer<'a>,
    state: State,
    /// Closes a variant's wrapping object (`{"Variant": ...}`) after the array or object.
    variant: bool,
}

impl<'a> Serializer<'a> {
    fn open(&mut self, array: bool, len: Option<usize>, variant: bool) -> Compound<'_, 'a> {
        self.out.push(if array { b'[' } else { b'{' });
        let state = if len == Some(0) {
            self.out.push(if array { b']' } else { b'}' });
            State::Empty
        } else {
            State::First
        };
        Compound {
            ser: self,
            state,
            variant,
        }
    }

    /// Opens `{"variant":` around a variant's value.
    fn variant(&mut self, variant: &str) {
        self.out.push(b'{');
        string(self.out, variant);
        self.out.push(b':');
    }
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if self.state != State::First {
            self.ser.out.push(b',');
        }
        self.state = State::Rest;
    }

    fn close(self, array: bool) {
        if self.state != State::Empty {
            self.ser.out.push(if array { b']' } else { b'}' });
        }
        if self.variant {
            self.ser.out.push(b'}');
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.comma();
        value.serialize(&mut *self.ser)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Unsupported> {
        self.comma();
        string(self.ser.out, key);
        self.ser.out.push(b':');
        value.serialize(&mut *self.ser)
    }
}

impl<'s, 'a> ser::Serializer for &'s mut Serializer<'a> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'s, 'a>;
    type SerializeTuple = Compound<'s, 'a>;
    type SerializeTupleStruct = Compound<'s, 'a>;
    type SerializeTupleVariant = Compound<'s, 'a>;
    type SerializeMap = Compound<'s, 'a>;
    type SerializeStruct = Compound<'s, 'a>;
    type SerializeStructVariant = Compound<'s, 'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Unsupported> {
        fmt(self.out, |f, w| f.write_bool(w, v));
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Unsupported> {
        fmt(self.out, |f, w| f.write_i8(w, v));
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Unsupported> {
        fmt(self.out, |f, w| f.write_i16(w, v));
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Unsupported> {
        fmt(self.out, |f, w| f.write_i32(w, v));
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Unsupported> {
        fmt(self.out, |f, w| f.write_i64(w, v));
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<(), Unsupported> {
        fmt(self.out, |f, w| f.write_i128(w, v));
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Unsupported> {
        fmt(self.out, |f, w| f.write_u8(w, v));
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Unsupported> {
        fmt(self.out, |f, w| f.write_u16(w, v));
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Unsupported> {
        fmt(self.out, |f, w| f.write_u32(w, v));
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Unsupported> {
        fmt(self.out, |f, w| f.write_u64(w, v));
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<(), Unsupported> {
        fmt(self.out, |f, w| f.write_u128(w, v));
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Unsupported> {
        // serde_json writes a NaN or an infinity as `null`.
        if v.is_finite() {
            fmt(self.out, |f, w| f.write_f32(w, v));
        } else {
            fmt(self.out, |f, w| f.write_null(w));
        }
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Unsupported> {
        if v.is_finite() {
            fmt(self.out, |f, w| f.write_f64(w, v));
        } else {
            fmt(self.out, |f, w| f.write_null(w));
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Unsupported> {
        string(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        string(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Unsupported> {
        fmt(self.out, |f, w| f.write_byte_array(w, v));
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Unsupported> {
        fmt(self.out, |f, w| f.write_null(w));
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Unsupported> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.variant(variant);
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'s, 'a>, Unsupported> {
        Ok(self.open(true, len, false))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'s, 'a>, Unsupported> {
        Ok(self.open(true, Some(len), false))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'s, 'a>, Unsupported> {
        Ok(self.open(true, Some(len), false))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'s, 'a>, Unsupported> {
        self.variant(variant);
        Ok(self.open(true, Some(len), true))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'s, 'a>, Unsupported> {
        Ok(self.open(false, len, false))
    }
    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Compound<'s, 'a>, Unsupported> {
        // serde_json's raw values and arbitrary-precision numbers are structs with a private
        // name that serde_json writes as their text: left to serde_json.
        if name.starts_with("$serde_json::") {
            return Err(unsupported("a serde_json raw value"));
        }
        Ok(self.open(false, Some(len), false))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'s, 'a>, Unsupported> {
        self.variant(variant);
        Ok(self.open(false, Some(len), true))
    }
}

/// The four array-like compounds: elements, then `]`.
macro_rules! array_compound {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = Unsupported;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
                self.element(value)
            }
            fn end(self) -> Result<(), Unsupported> {
                self.close(true);
                Ok(())
            }
        }
    )*};
}

array_compound!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Unsupported> {
        self.comma();
        key.serialize(KeySerializer {
            out: &mut *self.ser.out,
        })?;
        self.ser.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.close(false);
        Ok(())
    }
}

/// The two struct-like compounds: named fields, then `}`.
macro_rules! struct_compound {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = Unsupported;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Unsupported> {
                self.field(key, value)
            }
            fn end(self) -> Result<(), Unsupported> {
                self.close(false);
                Ok(())
            }
        }
    )*};
}

struct_compound!(SerializeStruct, SerializeStructVariant);

/// A map's key: a string (or a char, or a newtype around one), as JSON requires; serde_json's
/// quoting of number and boolean keys is left to serde_json.
struct KeySerializer<'a> {
    out: &'a mut Vec<u8>,
}

impl ser::Serializer for KeySerializer<'_> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = ser::Impossible<(), Unsupported>;
    type SerializeTuple = ser::Impossible<(), Unsupported>;
    type SerializeTupleStruct = ser::Impossible<(), Unsupported>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = ser::Impossible<(), Unsupported>;
    type SerializeStruct = ser::Impossible<(), Unsupported>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        string(self.out, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Unsupported> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        value.serialize(self)
    }

    fn serialize_bool(self, _: bool) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_i8(self, _: i8) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_i16(self, _: i16) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_i32(self, _: i32) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_i64(self, _: i64) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_u8(self, _: u8) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_u16(self, _: u16) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_u32(self, _: u32) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_u64(self, _: u64) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_unit(self) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Unsupported> {
        Err(not_a_string())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Unsupported> {
        Err(not_a_string())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
        Err(not_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unsupported> {
        Err(not_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(not_a_string())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(not_a_string())
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, Unsupported> {
        Err(not_a_string())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(not_a_string())
    }
}

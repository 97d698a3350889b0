//! What a sign-off signs and how it is checked. The browser signs with
//! WebCrypto (ECDSA over P-256 with SHA-256, the signature as `r || s`);
//! the engine only verifies, with RustCrypto's `p256`, in the app and in
//! `tolk verify` alike.

use super::canonical::sha256_hex;
use super::entry::{Role, Signature, Who, ALGORITHM};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use p256::ecdsa::signature::Verifier;
use p256::ecdsa::{Signature as EcdsaSignature, VerifyingKey};

/// A key's id: the first 8 bytes of the SHA-256 of its public key (SEC1
/// uncompressed), in hex. Names a key on screen; a check compares the
/// whole public key, never only the id.
pub fn key_id(public_key: &[u8]) -> String {
    sha256_hex(public_key)[..16].to_owned()
}

/// What a sign-off signs.
#[derive(Clone, Copy)]
pub struct Signing<'a> {
    pub role: Role,
    pub by: &'a Who,
    pub key: &'a str,
    pub at: &'a str,
    /// The hash of the work: what every rendering of the note is made from.
    pub work: &'a str,
    /// The hash of the entry before: the signature covers the whole trail
    /// up to it.
    pub prev: &'a str,
    /// A reviewer finalising their own interpretation (the lab's training
    /// setting): signed, so it cannot be set afterwards.
    pub self_review: bool,
}

impl Signing<'_> {
    /// The bytes signed: the fields as canonical JSON, so that no name or
    /// time can be read as another field.
    pub fn message(&self) -> Vec<u8> {
        let fields = serde_json::json!({
            "signature": "tolk-sign-off-2",
            "role": self.role.as_str(),
            "name": self.by.name,
            "key": self.key,
            "at": self.at,
            "work": self.work,
            "previous": self.prev,
            "self_review": self.self_review,
        });
        super::canonical::canonical(&fields).into_bytes()
    }
}

/// Why a signature does not verify.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureFault {
    /// Not `ECDSA-P256-SHA256`.
    Algorithm,
    /// The public key is not a P-256 point, or the value not 64 bytes.
    Malformed,
    /// The key id is not the public key's.
    KeyId,
    /// The signature is not the key's over this entry.
    Invalid,
}

impl SignatureFault {
    pub fn code(self) -> &'static str {
        match self {
            SignatureFault::Algorithm => "algorithm",
            SignatureFault::Malformed => "malformed",
            SignatureFault::KeyId => "key_id",
            SignatureFault::Invalid => "invalid",
        }
    }
}

/// The bytes of a public key given in base64, if it is a P-256 point.
pub fn public_key_bytes(base64: &str) -> Option<Vec<u8>> {
    let bytes = B64.decode(base64).ok()?;
    VerifyingKey::from_sec1_bytes(&bytes).ok().map(|_| bytes)
}

/// Checks `signature` over `message`.
pub fn verify(signature: &Signature, message: &[u8]) -> Result<(), SignatureFault> {
    if signature.algorithm != ALGORITHM {
        return Err(SignatureFault::Algorithm);
    }
    let public = B64.decode(&signature.public_key).map_err(|_| SignatureFault::Malformed)?;
    let key = VerifyingKey::from_sec1_bytes(&public).map_err(|_| SignatureFault::Malformed)?;
    if key_id(&public) != signature.key {
        return Err(SignatureFault::KeyId);
    }
    let value = B64.decode(&signature.value).map_err(|_| SignatureFault::Malformed)?;
    let value = EcdsaSignature::from_slice(&value).map_err(|_| SignatureFault::Malformed)?;
    key.verify(message, &value).map_err(|_| SignatureFault::Invalid)
}

#[cfg(any(test, feature = "test-keys"))]
pub mod test_keys {
    //! Fixed keys for tests (this crate's and the CLI's, through the
    //! `test-keys` feature): what the browser does with WebCrypto, done
    //! here with `p256`'s signer. RFC 6979 nonces: the same message gives
    //! the same signature, so fixtures are made again byte for byte.
    //! Not anyone's keys.

    use super::*;
    use p256::ecdsa::signature::Signer;
    use p256::ecdsa::SigningKey;

    pub struct TestKey(SigningKey);

    impl TestKey {
        /// A key from a fixed secret: `n` picks which.
        pub fn new(n: u8) -> TestKey {
            let mut secret = [7u8; 32];
            secret[31] = n;
            TestKey(SigningKey::from_slice(&secret).expect("a valid scalar"))
        }

        pub fn public(&self) -> Vec<u8> {
            self.0.verifying_key().to_encoded_point(false).as_bytes().to_vec()
        }

        pub fn id(&self) -> String {
            key_id(&self.public())
        }

        /// Who signs with this key, as `name`.
        pub fn who(&self, name: &str) -> Who {
            Who { name: name.into(), key: Some(self.id()) }
        }

        /// This key in a roster, as `name`.
        pub fn analyst(&self, name: &str, created: &str) -> crate::trail::Analyst {
            crate::trail::Analyst {
                name: name.into(),
                key: self.id(),
                public_key: B64.encode(self.public()),
                created: created.into(),
            }
        }

        pub fn sign(&self, message: &[u8]) -> Signature {
            let value: EcdsaSignature = self.0.sign(message);
            Signature {
                algorithm: ALGORITHM.into(),
                key: self.id(),
                public_key: B64.encode(self.public()),
                value: B64.encode(value.to_bytes()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_keys::TestKey;
    use super::*;

    #[test]
    fn a_signature_verifies_over_its_message_only() {
        let key = TestKey::new(1);
        let who = Who { name: "Kari".into(), key: Some(key.id()) };
        let id = key.id();
        let signing = Signing {
            role: Role::Interpreter,
            by: &who,
            key: &id,
            at: "2026-12-07T10:00:00Z",
            work: "ab",
            prev: "cd",
            self_review: false,
        };
        let signature = key.sign(&signing.message());
        assert_eq!(verify(&signature, &signing.message()), Ok(()));
        for other in [Signing { role: Role::Reviewer, ..signing }, Signing { self_review: true, ..signing }] {
            assert_eq!(verify(&signature, &other.message()), Err(SignatureFault::Invalid));
        }
        // A name cannot pass for another field: the message is JSON.
        let tricky = Who { name: "Kari\nrole: reviewer".into(), key: None };
        let text = String::from_utf8(Signing { by: &tricky, ..signing }.message()).unwrap();
        assert!(text.contains(r#""name":"Kari\nrole: reviewer""#), "{text}");
    }

    #[test]
    fn another_key_or_a_wrong_id_is_refused() {
        let (kari, ola) = (TestKey::new(1), TestKey::new(2));
        let message = b"the same words".to_vec();
        let mut signature = kari.sign(&message);
        signature.public_key = B64.encode(ola.public());
        assert_eq!(verify(&signature, &message), Err(SignatureFault::KeyId));
        signature.key = ola.id();
        assert_eq!(verify(&signature, &message), Err(SignatureFault::Invalid));
        signature.value = "AAAA".into();
        assert_eq!(verify(&signature, &message), Err(SignatureFault::Malformed));
        signature.algorithm = "RSA".into();
        assert_eq!(verify(&signature, &message), Err(SignatureFault::Algorithm));
    }

    /// A signature made by WebCrypto (Node's `crypto.subtle`, ECDSA P-256
    /// SHA-256, `r || s`) verifies here: the two sides agree on the format.
    /// WebCrypto does not normalise `s`; this one is the high `s` of the
    /// pair, which a verifier insisting on low `s` would refuse.
    #[test]
    fn a_webcrypto_signature_verifies() {
        let signature = Signature {
            algorithm: ALGORITHM.into(),
            key: key_id(&B64.decode(WEBCRYPTO_PUBLIC).unwrap()),
            public_key: WEBCRYPTO_PUBLIC.into(),
            value: WEBCRYPTO_SIGNATURE.into(),
        };
        assert_eq!(verify(&signature, b"tolk"), Ok(()));
        assert_eq!(verify(&signature, b"tolk!"), Err(SignatureFault::Invalid));
    }

    const WEBCRYPTO_PUBLIC: &str =
        "BGPufkNldfnc8cw5y2jxtc+QIy00AaApWrJ7i6IM27h0Omey/Zp5AlEsVgfKmZgnh3OpwbjJdWMWf+beko7NPgs=";
    const WEBCRYPTO_SIGNATURE: &str =
        "uGKuetp6j3utMmcTOi3VndJg4GIagqnF2s19tDBivTnO1E7xSFmiuic0Jtizt1xUMNx4wBSINEUInAb470Vkug==";
}

//! The hashing worker binary; trunk builds it with `data-type="worker"`.

fn main() {
    tolk::hasher::start();
}

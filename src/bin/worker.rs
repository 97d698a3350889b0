//! The engine worker binary; trunk builds it with `data-type="worker"`.

fn main() {
    tolk::worker::start();
}

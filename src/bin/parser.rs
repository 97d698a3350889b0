//! The parsing helper binary; the engine worker starts one per core (trunk
//! builds it with `data-type="worker"`).

fn main() {
    tolk::part_parser::start();
}

use dualdate::calendar::{Region, Ymd};

#[test]
fn placeholder_russia() {
    let ru = Region::find("RU").unwrap();
    assert!(ru.resolve(Ymd::new(1918, 2, 5)).is_err());
}

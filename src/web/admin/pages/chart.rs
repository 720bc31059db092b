//! Server-rendered horizontal bar charts: SVG coordinates computed here so
//! the template only places elements.

/// A horizontal bar chart as SVG coordinates, computed here so the template
/// only places elements (no inline style, no script).
pub(in crate::web::admin) struct Chart {
    pub height: u32,
    pub bars: Vec<Bar>,
}

pub(in crate::web::admin) struct Bar {
    pub label: String,
    pub value: u64,
    pub y: u32,
    pub text_y: u32,
    pub width: u32,
    pub value_x: u32,
}

pub(super) const BAR_ROW: u32 = 22;
pub(super) const BAR_X: u32 = 170;
pub(super) const BAR_MAX: u32 = 200;

pub(super) fn chart<'a>(items: impl IntoIterator<Item = (&'a str, u64)>) -> Chart {
    let items: Vec<(&str, u64)> = items.into_iter().collect();
    let max = items.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let bars = items
        .iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let width = u32::try_from(value * u64::from(BAR_MAX) / max).unwrap_or(BAR_MAX);
            let y = u32::try_from(i).unwrap_or(0) * BAR_ROW;
            Bar {
                label: (*label).to_owned(),
                value: *value,
                y: y + 3,
                text_y: y + 16,
                width,
                value_x: BAR_X + width + 6,
            }
        })
        .collect::<Vec<_>>();
    Chart {
        height: u32::try_from(bars.len()).unwrap_or(0) * BAR_ROW + 4,
        bars,
    }
}

//! PanelApp API v1 panel JSON (Genomics England and PanelApp Australia):
//! one panel object, a list of them, or the paginated `{count, next,
//! results: [...]}` form. Read leniently through `serde_json::Value`,
//! because the two PanelApp instances and their API versions differ in
//! small ways (levels as strings or numbers, `gene_data` sometimes absent).

use super::{Confidence, Panel, PanelError, PanelGene, PanelSource};
use crate::phrase::Phrase;
use serde_json::Value;

pub(super) fn parse(text: &str) -> Result<Vec<Panel>, PanelError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| PanelError::at(e.line(), Phrase::new(msg!("panel-bad-json")).arg("reason", e.to_string())))?;
    let objects: Vec<&Value> = match &value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(o) => match o.get("results") {
            Some(Value::Array(items)) => items.iter().collect(),
            _ => vec![&value],
        },
        _ => return Err(PanelError::whole(Phrase::new(msg!("panel-not-panelapp")))),
    };
    objects.into_iter().enumerate().map(|(i, o)| panel(i, o)).collect()
}

fn panel(index: usize, o: &Value) -> Result<Panel, PanelError> {
    let genes = o
        .get("genes")
        .and_then(Value::as_array)
        .ok_or_else(|| PanelError::whole(Phrase::new(msg!("panel-no-genes")).arg("number", index + 1)))?;
    let name =
        text(o.get("name")).unwrap_or_else(|| format!("PanelApp panel {}", text(o.get("id")).unwrap_or_default()));
    Ok(Panel {
        name,
        version: text(o.get("version")),
        source: PanelSource::PanelAppJson,
        genes: genes.iter().filter(|g| is_gene(g)).filter_map(gene).collect(),
        regions: Vec::new(),
    })
}

/// STRs and regions live in their own lists, but be safe about entity types.
fn is_gene(g: &Value) -> bool {
    text(g.get("entity_type")).is_none_or(|t| t == "gene")
}

fn gene(g: &Value) -> Option<PanelGene> {
    let data = g.get("gene_data");
    let field = |name: &str| text(data.and_then(|d| d.get(name)));
    let symbol = field("hgnc_symbol").or_else(|| field("gene_symbol")).or_else(|| text(g.get("entity_name")))?;
    let mut aliases: Vec<String> = ["alias", "hgnc_previous_symbols"]
        .iter()
        .filter_map(|k| data.and_then(|d| d.get(*k)).and_then(Value::as_array))
        .flatten()
        .filter_map(|a| text(Some(a)))
        .collect();
    // The entity name can differ from the current symbol in older panels.
    if let Some(entity) = text(g.get("entity_name")).filter(|e| *e != symbol) {
        aliases.push(entity);
    }
    Some(PanelGene {
        symbol,
        hgnc_id: field("hgnc_id"),
        aliases,
        confidence: text(g.get("confidence_level")).and_then(|l| Confidence::from_level(&l)),
        inheritance: text(g.get("mode_of_inheritance")),
    })
}

/// A string or number as text; `None` for null, empty or anything else.
fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

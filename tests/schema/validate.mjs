// Checks notes against their JSON Schemas with Ajv: the note model against
// docs/note.schema.json (generated from the Rust model, draft 2020-12), and
// FHIR Bundles against HL7's FHIR R4 JSON Schema (draft-06, in
// tests/data/fhir with its source). Used by the end-to-end tests on the
// app's downloads and, run as a script, on the golden notes in
// tests/data/note: `node tests/schema/validate.mjs`.
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const readJson = (file) => JSON.parse(readFileSync(path.join(root, file), "utf8"));

let fhirCheck;
let noteCheck;

function fail(what, errors) {
  const lines = errors.slice(0, 10).map((e) => `  ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
  throw new Error(`${what} does not validate:\n${lines.join("\n")}`);
}

/** Throws, naming the paths, unless `bundle` is valid FHIR R4 JSON. */
export function validateFhir(bundle, what = "FHIR Bundle") {
  if (!fhirCheck) {
    // strict off: the FHIR schema uses OpenAPI's `discriminator`; its root
    // `id` is draft-04 spelling, which Ajv 8 refuses, so it is left out.
    const ajv = new Ajv({ strict: false, allErrors: false });
    ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
    const { id: _draft4Id, ...schema } = readJson("tests/data/fhir/fhir.schema.json");
    fhirCheck = ajv.compile(schema);
  }
  if (!fhirCheck(bundle)) fail(what, fhirCheck.errors);
}

/** Throws unless `note` matches the note model's schema. */
export function validateNote(note, what = "note") {
  if (!noteCheck) {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    // schemars names Rust's number types as formats; the types already bound them.
    for (const format of ["float", "double", "int32", "uint", "uint8", "uint32", "uint64"]) ajv.addFormat(format, true);
    noteCheck = ajv.compile(readJson("docs/note.schema.json"));
  }
  if (!noteCheck(note)) fail(what, noteCheck.errors);
}

// As a script: every golden note and Bundle.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = "tests/data/note";
  let checked = 0;
  for (const name of readdirSync(path.join(root, dir)).sort()) {
    const file = `${dir}/${name}`;
    if (name.endsWith(".fhir.json")) validateFhir(readJson(file), file);
    else if (name.endsWith(".note.json")) validateNote(readJson(file), file);
    else continue;
    console.log(`valid: ${file}`);
    checked += 1;
  }
  if (checked === 0) throw new Error(`no notes found in ${dir}`);
}

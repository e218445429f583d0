import { asFloat, asMessage, asString, bytesField, decodeMessage, encodeMessage, floatField, stringField, varintField, type Field } from './protobuf';

/**
 * An ONNX model's graph as a list of nodes, read and written with the fields of onnx.proto the
 * rewrites need (ModelProto.graph = 7, GraphProto.node = 1; NodeProto input = 1, output = 2,
 * op_type = 4, attribute = 5; AttributeProto name = 1, f = 2, t = 5, ints = 8, type = 20;
 * TensorProto dims = 1, data_type = 2, raw_data = 9). Every other field is kept as it was.
 */

const MODEL_GRAPH = 7;
const GRAPH_NODE = 1;
const NODE = { input: 1, output: 2, opType: 4, attribute: 5 } as const;
const ATTR = { name: 1, f: 2, t: 5, ints: 8, type: 20 } as const;
const TENSOR = { dims: 1, dataType: 2, rawData: 9 } as const;
const FLOAT = 1;
const ATTR_FLOAT = 1;
const ATTR_TENSOR = 4;

export type OnnxNode = {
  readonly opType: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  /** The node's own fields, as read (attributes, name, domain …). */
  readonly fields: readonly Field[];
};

export type OnnxModel = { readonly modelFields: readonly Field[]; readonly graphFields: readonly Field[]; nodes: OnnxNode[] };

const strings = (fields: readonly Field[], no: number): string[] => fields.filter((f) => f.no === no).map(asString);

export function readNode(fields: readonly Field[]): OnnxNode {
  return { opType: strings(fields, NODE.opType)[0] ?? '', inputs: strings(fields, NODE.input), outputs: strings(fields, NODE.output), fields };
}

/** `node` with other inputs or outputs, its other fields where they were. */
export function rewire(node: OnnxNode, io: { inputs?: readonly string[]; outputs?: readonly string[] }): OnnxNode {
  const inputs = io.inputs ?? node.inputs;
  const outputs = io.outputs ?? node.outputs;
  const out: Field[] = [];
  const placed = new Set<number>();
  for (const f of node.fields) {
    if (f.no !== NODE.input && f.no !== NODE.output) out.push(f);
    else if (!placed.has(f.no)) {
      placed.add(f.no);
      out.push(...(f.no === NODE.input ? inputs : outputs).map((s) => stringField(f.no, s)));
    }
  }
  if (!placed.has(NODE.input)) out.unshift(...inputs.map((s) => stringField(NODE.input, s)));
  if (!placed.has(NODE.output)) out.push(...outputs.map((s) => stringField(NODE.output, s)));
  return { ...node, inputs, outputs, fields: out };
}

export function readModel(bytes: Uint8Array): OnnxModel {
  const modelFields = decodeMessage(bytes);
  const graph = modelFields.find((f) => f.no === MODEL_GRAPH);
  if (!graph) throw new Error('onnx: the model has no graph');
  const graphFields = asMessage(graph);
  return { modelFields, graphFields, nodes: graphFields.filter((f) => f.no === GRAPH_NODE).map((f) => readNode(asMessage(f))) };
}

/** The model written again, its nodes in place of the graph's first node field. */
export function writeModel(model: OnnxModel): Uint8Array {
  const nodes = model.nodes.map((n) => bytesField(GRAPH_NODE, n.fields));
  const graph: Field[] = [];
  for (const f of model.graphFields) {
    if (f.no !== GRAPH_NODE) graph.push(f);
    else if (nodes.length > 0) graph.push(...nodes.splice(0));
  }
  return encodeMessage(model.modelFields.map((f) => (f.no === MODEL_GRAPH ? bytesField(MODEL_GRAPH, graph) : f)));
}

const attributes = (node: OnnxNode): Field[][] => node.fields.filter((f) => f.no === NODE.attribute).map(asMessage);
const attribute = (node: OnnxNode, name: string): Field[] | undefined =>
  attributes(node).find((a) => a.some((f) => f.no === ATTR.name && asString(f) === name));

/** A float attribute (Clip's min and max before opset 11). */
export function floatAttribute(node: OnnxNode, name: string): number | undefined {
  const f = attribute(node, name)?.find((x) => x.no === ATTR.f);
  return f ? asFloat(f) : undefined;
}

/** An ints attribute (kernel_shape, pads), packed or not. */
export function intsAttribute(node: OnnxNode, name: string): number[] | undefined {
  const a = attribute(node, name);
  if (!a) return undefined;
  return varints(a.filter((f) => f.no === ATTR.ints));
}

/** Repeated int64 fields, written one by one or packed, as numbers. */
const varints = (fields: readonly Field[]): number[] => fields.flatMap((f) =>
  (typeof f.value === 'bigint' ? [f.value] : decodeMessage(packedAsVarints(f.value)).map((v) => v.value as bigint)))
  .map((v) => Number(BigInt.asIntN(64, v)));

/** Packed varints read as a message of field-1 varints: each value gets a tag byte in front. */
function packedAsVarints(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  let start = true;
  for (const b of bytes) {
    if (start) out.push(1 << 3);
    out.push(b);
    start = (b & 0x80) === 0;
  }
  return Uint8Array.from(out);
}

/** The float tensor a Constant node holds (as raw data), with its dims; else undefined. */
export function constantFloats(node: OnnxNode): { data: Float32Array; dims: number[] } | undefined {
  if (node.opType !== 'Constant') return undefined;
  const t = attribute(node, 'value')?.find((f) => f.no === ATTR.t);
  if (!t) return undefined;
  const tensor = asMessage(t);
  const type = tensor.find((f) => f.no === TENSOR.dataType)?.value;
  const raw = tensor.find((f) => f.no === TENSOR.rawData)?.value;
  if (type !== BigInt(FLOAT) || !(raw instanceof Uint8Array) || raw.length % 4 !== 0) return undefined;
  const dims = varints(tensor.filter((f) => f.no === TENSOR.dims));
  // copied: a Buffer's slice is a view, and its offset need not be a multiple of 4
  return { data: new Float32Array(new Uint8Array(raw).buffer), dims };
}

/** A Constant node named `output` holding `data` in the shape `dims`. */
export function floatConstant(output: string, data: Float32Array, dims: readonly number[]): OnnxNode {
  const tensor: Field[] = [...dims.map((d) => varintField(TENSOR.dims, d)), varintField(TENSOR.dataType, FLOAT),
    bytesField(TENSOR.rawData, new Uint8Array(data.buffer, data.byteOffset, data.byteLength))];
  const value: Field[] = [stringField(ATTR.name, 'value'), bytesField(ATTR.t, tensor), varintField(ATTR.type, ATTR_TENSOR)];
  return readNode([stringField(NODE.output, output), stringField(NODE.opType, 'Constant'), bytesField(NODE.attribute, value)]);
}

/** A node of `opType` with float attributes (HardSigmoid's alpha and beta). */
export function makeNode(opType: string, inputs: readonly string[], outputs: readonly string[], floats: Record<string, number> = {}): OnnxNode {
  const attrs = Object.entries(floats).map(([name, v]) =>
    bytesField(NODE.attribute, [stringField(ATTR.name, name), floatField(ATTR.f, v), varintField(ATTR.type, ATTR_FLOAT)]));
  return readNode([...inputs.map((s) => stringField(NODE.input, s)), ...outputs.map((s) => stringField(NODE.output, s)),
    stringField(NODE.opType, opType), ...attrs]);
}

#!/usr/bin/env python3
"""Fine-tunes the transformer stance model and exports it to ONNX (see scripts/train-stance-transformer).

Python because Java has no reasonable way to fine-tune a transformer; scoring stays in Java
(ONNX Runtime). The encoder is a plain BERT written here (MiniLM-L6-H384: 6 layers, 12 heads,
1536 intermediate) whose weights are read from the pretrained ONNX file: biases and LayerNorms by
their BERT names, the 36 anonymous MatMul weights in graph order (query, key, value, attention
output, intermediate, output per layer). Inputs come already encoded by Java (`mediastance train
transformer-inputs`), so both sides build them with one piece of code.

Subcommands: weights (ONNX -> npz, e.g. to train on another machine), check (our BERT vs ONNX
Runtime on the pretrained file), train (fine-tune, write state npz), export (state -> fp32
model.onnx + reference logits), quantize (fp32 -> int8 model.onnx + its reference logits; needs
the onnxruntime and onnx>=1.16 pip packages, which Debian lacks).
"""
import argparse, json, math, random, sys, time
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

D, HEADS, FF, LAYERS, VOCAB, MAXPOS = 384, 12, 1536, 6, 30522, 512
PER_LAYER = ["attention.self.query", "attention.self.key", "attention.self.value",
             "attention.output.dense", "intermediate.dense", "output.dense"]


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(D, D) for _ in range(4))
        self.ln1 = nn.LayerNorm(D, eps=1e-12)
        self.inter, self.out = nn.Linear(D, FF), nn.Linear(FF, D)
        self.ln2 = nn.LayerNorm(D, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, h, bias):
        b, n, _ = h.shape
        split = lambda x: x.view(b, n, HEADS, D // HEADS).transpose(1, 2)
        q, k, v = split(self.q(h)), split(self.k(h)), split(self.v(h))
        a = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(D // HEADS) + bias, dim=-1)
        ctx = (self.drop(a) @ v).transpose(1, 2).reshape(b, n, D)
        h = self.ln1(h + self.drop(self.o(ctx)))
        return self.ln2(h + self.drop(self.out(F.gelu(self.inter(h)))))


class StanceModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.word, self.pos, self.segment = nn.Embedding(VOCAB, D), nn.Embedding(MAXPOS, D), nn.Embedding(2, D)
        self.ln = nn.LayerNorm(D, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(2 * D, 3)

    def encode(self, ids, att, types):
        pos = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        h = self.drop(self.ln(self.word(ids) + self.pos(pos) + self.segment(types)))
        bias = (1.0 - att[:, None, None, :].to(h.dtype)) * -10000.0
        for layer in self.layers:
            h = layer(h, bias)
        return h

    def forward(self, ids, att, types, tmask):
        h = self.encode(ids, att, types)
        m = att.unsqueeze(-1).to(h.dtype)
        mean = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
        t = tmask.unsqueeze(-1)
        tpool = (h * t).sum(1) / t.sum(1).clamp(min=1.0)
        return self.head(self.drop(torch.cat([mean, tpool], dim=-1)))


def onnx_weights(path):
    """BERT parameters (PyTorch layout) from the pretrained ONNX file."""
    import onnx
    from onnx import numpy_helper
    g = onnx.load(path).graph
    init = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    mats = [n.input[1] for n in g.node if n.op_type == "MatMul" and n.input[1] in init]
    if len(mats) != 6 * LAYERS:
        sys.exit(f"expected {6 * LAYERS} MatMul weights, found {len(mats)}")
    w = {k: v for k, v in init.items() if not k.startswith("onnx::") and k != "embeddings.position_ids"}
    for i, name in enumerate(mats):
        w[f"encoder.layer.{i // 6}.{PER_LAYER[i % 6]}.weight"] = init[name].T  # MatMul x @ W
    return w


def load_base(model, w):
    ours = {"embeddings.word_embeddings.weight": "word.weight", "embeddings.position_embeddings.weight": "pos.weight",
            "embeddings.token_type_embeddings.weight": "segment.weight", "embeddings.LayerNorm.weight": "ln.weight",
            "embeddings.LayerNorm.bias": "ln.bias"}
    short = {"attention.self.query": "q", "attention.self.key": "k", "attention.self.value": "v",
             "attention.output.dense": "o", "attention.output.LayerNorm": "ln1", "intermediate.dense": "inter",
             "output.dense": "out", "output.LayerNorm": "ln2"}
    state = {}
    for k, v in w.items():
        if k in ours:
            state[ours[k]] = v
            continue
        _, _, i, rest = k.split(".", 3)
        mod, kind = rest.rsplit(".", 1)
        state[f"layers.{i}.{short[mod]}.{kind}"] = v
    state = {k: torch.tensor(np.asarray(v, dtype=np.float32)) for k, v in state.items()}
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or set(missing) != {"head.weight", "head.bias"}:
        sys.exit(f"weight mapping: missing {missing}, unexpected {unexpected}")


def read_base(path):
    if path.endswith(".npz"):
        return dict(np.load(path))
    return onnx_weights(path)


def read_inputs(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def batch_tensors(rows, device):
    n = max(len(r["ids"]) for r in rows)
    pad = lambda key, dt: torch.tensor([r[key] + [0] * (n - len(r[key])) for r in rows], dtype=dt, device=device)
    ids, types, tm = pad("ids", torch.long), pad("types", torch.long), pad("mask", torch.float32)
    att = torch.tensor([[1] * len(r["ids"]) + [0] * (n - len(r["ids"])) for r in rows], dtype=torch.long, device=device)
    return ids, att, types, tm


def macro_f1(gold, pred):
    f = []
    for c in range(3):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        g, p = gold.count(c), pred.count(c)
        f.append(0.0 if tp == 0 else 2 * tp / (g + p))
    return sum(f) / 3


def predict(model, rows, device, bs=64):
    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(rows), bs):
            out += model(*batch_tensors(rows[i:i + bs], device)).argmax(-1).tolist()
    return out


def cmd_weights(a):
    w = onnx_weights(a.onnx)
    np.savez(a.out, **{k: v.astype(np.float16 if a.fp16 else np.float32) for k, v in w.items()})


def cmd_check(a):
    import onnxruntime as ort
    model = StanceModel()
    load_base(model, onnx_weights(a.onnx))
    model.eval()
    rows = read_inputs(a.inputs)[:8]
    ids, att, types, _ = batch_tensors(rows, "cpu")
    ref = ort.InferenceSession(a.onnx).run(["last_hidden_state"], {"input_ids": ids.numpy(),
        "attention_mask": att.numpy(), "token_type_ids": types.numpy()})[0]
    with torch.no_grad():
        ours = model.encode(ids, att, types).numpy()
    m = att.numpy()[..., None] > 0
    print(f"max |ours - onnxruntime| over real tokens: {np.abs((ours - ref) * m).max():.2e}")


def cmd_train(a):
    random.seed(a.seed); np.random.seed(a.seed); torch.manual_seed(a.seed)
    torch.set_num_threads(a.threads)
    rows = read_inputs(a.inputs)
    random.Random(a.seed).shuffle(rows)
    nval = int(len(rows) * a.val_fraction)
    val, train = rows[:nval], rows[nval:]
    for extra in a.extra or []:
        train += read_inputs(extra)  # training rows only, never held out
    model = StanceModel()
    load_base(model, read_base(a.base))
    model.to(a.device)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
    steps = a.epochs * math.ceil(len(train) / a.batch)
    if a.max_steps:
        steps = min(steps, a.max_steps)
    warm = int(0.06 * steps)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / max(1, warm), max(0.0, (steps - s) / max(1, steps - warm))))
    best, log, step, t0 = None, [], 0, time.time()
    for ep in range(a.epochs):
        model.train()
        order = list(range(len(train)))
        random.Random(a.seed + ep).shuffle(order)
        for i in range(0, len(order), a.batch):
            if step >= steps:
                break
            chunk = [train[j] for j in order[i:i + a.batch]]
            y = torch.tensor([r["label"] for r in chunk], device=a.device)
            loss = F.cross_entropy(model(*batch_tensors(chunk, a.device)), y)
            opt.zero_grad(); loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step(); sched.step(); step += 1
            if step % 50 == 0:
                print(f"epoch {ep + 1} step {step}/{steps} loss {loss.item():.4f} {time.time() - t0:.0f}s", flush=True)
        f1 = macro_f1([r["label"] for r in val], predict(model, val, a.device)) if val else float("nan")
        log.append({"epoch": ep + 1, "steps": step, "heldout_macro_f1": f1, "seconds": round(time.time() - t0, 1)})
        print(f"epoch {ep + 1}: held-out train macro-F1 {f1:.4f} ({len(val)} rows)", flush=True)
        if best is None or not val or f1 > best[0]:
            best = (f1, ep + 1, {k: v.detach().cpu().numpy().copy() for k, v in model.state_dict().items()})
    np.savez(a.out, **{k: v.astype(np.float16 if a.fp16 else np.float32) for k, v in best[2].items()})
    info = {"train_rows": len(train), "heldout_rows": len(val), "epochs": a.epochs, "chosen_epoch": best[1],
            "lr": a.lr, "batch": a.batch, "seed": a.seed, "device": a.device, "log": log}
    with open(a.out + ".json", "w") as f:
        json.dump(info, f, indent=1)
    print(json.dumps(info))


def fp16_weights(path):
    """Stores the large float weights as float16, each behind a Cast to float (folded by ONNX Runtime
    when the session loads, so it computes in float32). Lossless when the weights are float16 values."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    m = onnx.load(path)
    g = m.graph
    casts = []
    for init in g.initializer:
        if init.data_type != TensorProto.FLOAT or np.prod(init.dims) < 4096:
            continue
        w = numpy_helper.to_array(init)
        h = w.astype(np.float16)
        if not np.array_equal(h.astype(np.float32), w):
            sys.exit(f"--fp16-weights: {init.name} is not float16-exact (train with --fp16)")
        name = init.name
        init.CopyFrom(numpy_helper.from_array(h, name + "_fp16"))
        casts.append(helper.make_node("Cast", [name + "_fp16"], [name], to=TensorProto.FLOAT, name="cast_" + name))
    nodes = casts + list(g.node)
    del g.node[:]
    g.node.extend(nodes)
    onnx.checker.check_model(m)
    onnx.save(m, path)


def cmd_export(a):
    model = StanceModel()
    state = {k: torch.tensor(v.astype(np.float32)) for k, v in np.load(a.state).items()}
    model.load_state_dict(state)
    model.eval()
    rows = read_inputs(a.refs)
    ids, att, types, tm = batch_tensors(rows[:2], "cpu")
    torch.onnx.export(model, (ids, att, types, tm), a.out, opset_version=14,
                      input_names=["input_ids", "attention_mask", "token_type_ids", "target_mask"], output_names=["logits"],
                      dynamic_axes={k: {0: "batch", 1: "length"} for k in ["input_ids", "attention_mask", "token_type_ids", "target_mask"]}
                      | {"logits": {0: "batch"}})
    if a.fp16_weights:
        fp16_weights(a.out)
    with torch.no_grad():
        logits = [model(*batch_tensors([r], "cpu"))[0].tolist() for r in rows]
    try:
        import onnxruntime as ort
        s = ort.InferenceSession(a.out)
        ol = [s.run(["logits"], dict(zip(["input_ids", "attention_mask", "token_type_ids", "target_mask"],
                                            [t.numpy() for t in batch_tensors([r], "cpu")])))[0][0].tolist() for r in rows]
        print(f"max |torch - onnxruntime| logits: {np.abs(np.array(ol) - np.array(logits)).max():.2e}")
    except ImportError:
        print("onnxruntime not installed: reference logits from torch only")
    with open(a.refs_out, "w") as f:
        for r, z in zip(rows, logits):
            f.write(json.dumps({"text": r.get("text"), "spans": r.get("spans"), "ids": r["ids"], "types": r["types"],
                                "mask": r["mask"], "logits": z}) + "\n")


def cmd_quantize(a):
    """int8 weights (dynamic quantisation, ONNX Runtime); reference logits from the quantised file."""
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic
    quantize_dynamic(a.onnx, a.out, weight_type=QuantType.QInt8)
    s = ort.InferenceSession(a.out)
    names = ["input_ids", "attention_mask", "token_type_ids", "target_mask"]
    with open(a.refs_out, "w") as f:
        for r in read_inputs(a.refs):
            x = [np.array([r["ids"]], dtype=np.int64), np.ones((1, len(r["ids"])), dtype=np.int64),
                 np.array([r["types"]], dtype=np.int64), np.array([r["mask"]], dtype=np.float32)]
            z = s.run(["logits"], dict(zip(names, x)))[0][0].tolist()
            f.write(json.dumps({"text": r.get("text"), "spans": r.get("spans"), "ids": r["ids"], "types": r["types"],
                                "mask": r["mask"], "logits": z}) + "\n")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("weights"); w.add_argument("--onnx", required=True); w.add_argument("--out", required=True)
    w.add_argument("--fp16", action="store_true")
    c = sub.add_parser("check"); c.add_argument("--onnx", required=True); c.add_argument("--inputs", required=True)
    t = sub.add_parser("train")
    t.add_argument("--base", required=True, help="pretrained ONNX file or npz from 'weights'")
    t.add_argument("--inputs", required=True); t.add_argument("--out", required=True)
    t.add_argument("--extra", nargs="*", help="more encoded rows for training only (e.g. directed-sentiment as stance)")
    t.add_argument("--epochs", type=int, default=2); t.add_argument("--lr", type=float, default=5e-5)
    t.add_argument("--batch", type=int, default=32); t.add_argument("--seed", type=int, default=42)
    t.add_argument("--val-fraction", type=float, default=0.1); t.add_argument("--threads", type=int, default=2)
    t.add_argument("--device", default="cpu"); t.add_argument("--max-steps", type=int, default=0)
    t.add_argument("--fp16", action="store_true", help="store the fine-tuned weights as float16")
    e = sub.add_parser("export"); e.add_argument("--state", required=True); e.add_argument("--out", required=True)
    e.add_argument("--refs", required=True); e.add_argument("--refs-out", required=True)
    e.add_argument("--fp16-weights", action="store_true", help="store weights as float16 (computed in float32)")
    q = sub.add_parser("quantize"); q.add_argument("--onnx", required=True); q.add_argument("--out", required=True)
    q.add_argument("--refs", required=True); q.add_argument("--refs-out", required=True)
    a = p.parse_args()
    {"weights": cmd_weights, "check": cmd_check, "train": cmd_train, "export": cmd_export, "quantize": cmd_quantize}[a.cmd](a)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Keeps of the Kubernetes swagger.json only the kinds the manifests use and every definition they refer to.

    python3 trim-swagger.py <upstream swagger.json> > kubernetes-1.36/swagger.json

The kinds are listed below; add one here (and run the line above) when a manifest starts to use it.
The definitions are copied unchanged; only the unused ones and the paths are dropped."""
import json
import sys

KINDS = {
    ("", "v1", "Namespace"), ("", "v1", "ServiceAccount"), ("", "v1", "ConfigMap"), ("", "v1", "Secret"),
    ("", "v1", "Service"), ("apps", "v1", "Deployment"), ("policy", "v1", "PodDisruptionBudget"),
    ("autoscaling", "v2", "HorizontalPodAutoscaler"), ("networking.k8s.io", "v1", "NetworkPolicy"),
    ("networking.k8s.io", "v1", "Ingress"),
}

swagger = json.load(open(sys.argv[1]))
definitions = swagger["definitions"]
wanted = [name for name, d in definitions.items()
          if any((g["group"], g["version"], g["kind"]) in KINDS for g in d.get("x-kubernetes-group-version-kind", []))]
missing = KINDS - {(g["group"], g["version"], g["kind"]) for n in wanted for g in definitions[n]["x-kubernetes-group-version-kind"]}
if missing:
    sys.exit(f"not in the swagger: {sorted(missing)}")
kept = {}
def visit(name):
    if name in kept:
        return
    kept[name] = definitions[name]
    walk(definitions[name])
def walk(node):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/definitions/"):
            visit(ref[len("#/definitions/"):])
        for value in node.values():
            walk(value)
    elif isinstance(node, list):
        for value in node:
            walk(value)
for name in wanted:
    visit(name)
json.dump({"swagger": swagger["swagger"], "info": swagger["info"],
           "definitions": dict(sorted(kept.items()))}, sys.stdout, indent=1, ensure_ascii=False)
print()

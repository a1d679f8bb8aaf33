/// The deepest child of each node, so that a node's depth is known when it is made (the
/// parser bounds it before any recursive pass over the tree could overflow the stack).
extension ExprKind {
    var childDepth: Int32 {
        switch self {
        case .name, .literal: return 0
        case .joinedStr(let values), .boolOp(_, let values), .set(let values), .list(let values), .tuple(let values):
            return maxDepth(values)
        case .formattedValue(let value, _, let spec): return max(value.depth, spec?.depth ?? 0)
        case .binOp(let left, _, let right): return max(left.depth, right.depth)
        case .unaryOp(_, let operand): return operand.depth
        case .lambda(let args, let body): return max(args.depth, body.depth)
        case .ifExp(let test, let body, let orelse): return max(test.depth, body.depth, orelse.depth)
        case .dict(let keys, let values): return max(maxDepth(keys.compactMap { $0 }), maxDepth(values))
        case .listComp(let elt, let gens), .setComp(let elt, let gens), .generatorExp(let elt, let gens):
            return max(elt.depth, gens.depth)
        case .dictComp(let key, let value, let gens): return max(key.depth, value.depth, gens.depth)
        case .await(let value), .yieldFrom(let value), .starred(let value), .attribute(let value, _):
            return value.depth
        case .yield(let value): return value?.depth ?? 0
        case .compare(let left, _, let comparators): return max(left.depth, maxDepth(comparators))
        case .call(let fn, let args, let keywords):
            return max(fn.depth, maxDepth(args), keywords.reduce(0) { max($0, $1.value.depth) })
        case .subscript(let value, let index): return max(value.depth, index.depth)
        case .slice(let lower, let upper, let step): return max(lower?.depth ?? 0, upper?.depth ?? 0, step?.depth ?? 0)
        case .namedExpr(let target, let value): return max(target.depth, value.depth)
        }
    }
}

extension StmtKind {
    var childDepth: Int32 {
        switch self {
        case .functionDef(let fn):
            return max(maxDepth(fn.body), maxDepth(fn.decorators), fn.args.depth, fn.returns?.depth ?? 0)
        case .classDef(let cls):
            return max(maxDepth(cls.body), maxDepth(cls.bases), maxDepth(cls.decorators),
                       cls.keywords.reduce(0) { max($0, $1.value.depth) })
        case .return(let value): return value?.depth ?? 0
        case .delete(let targets): return maxDepth(targets)
        case .assign(let targets, let value): return max(maxDepth(targets), value.depth)
        case .augAssign(let target, _, let value): return max(target.depth, value.depth)
        case .annAssign(let target, let annotation, let value, _):
            return max(target.depth, annotation.depth, value?.depth ?? 0)
        case .for(let target, let iter, let body, let orelse, _):
            return max(target.depth, iter.depth, maxDepth(body), maxDepth(orelse))
        case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
            return max(test.depth, maxDepth(body), maxDepth(orelse))
        case .with(let items, let body, _):
            return max(maxDepth(body), items.reduce(0) { max($0, $1.context.depth, $1.target?.depth ?? 0) })
        case .raise(let exc, let cause): return max(exc?.depth ?? 0, cause?.depth ?? 0)
        case .try(let body, let handlers, let orelse, let finalbody):
            let handlerDepth = handlers.reduce(0) { max($0, $1.type?.depth ?? 0, maxDepth($1.body)) }
            return max(maxDepth(body), handlerDepth, maxDepth(orelse), maxDepth(finalbody))
        case .assert(let test, let msg): return max(test.depth, msg?.depth ?? 0)
        case .expr(let value): return value.depth
        case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue: return 0
        case .match(let subject, let cases):
            return cases.reduce(subject.depth) {
                max($0, $1.pattern.depth, $1.guardExpr?.depth ?? 0, maxDepth($1.body))
            }
        }
    }
}

extension PatternKind {
    var childDepth: Int32 {
        switch self {
        case .value(let e): return e.depth
        case .singleton, .star: return 0
        case .sequence(let ps), .or(let ps): return maxDepth(ps)
        case .mapping(let keys, let ps, _): return max(maxDepth(keys), maxDepth(ps))
        case .cls(let cls, let ps, _, let kps): return max(cls.depth, maxDepth(ps), maxDepth(kps))
        case .as(let p, _): return p?.depth ?? 0
        }
    }
}

extension Arguments {
    /// Defaults and annotations are children of the function or lambda that owns them.
    var depth: Int32 {
        var d = max(maxDepth(defaults), maxDepth(kwDefaults.compactMap { $0 }))
        for arg in posOnly + args + kwOnly + [vararg, kwarg].compactMap({ $0 }) {
            d = max(d, arg.annotation?.depth ?? 0)
        }
        return d
    }
}

extension Array where Element == Comprehension {
    /// Comprehension clauses are not nodes of their own in CPython's count.
    var depth: Int32 {
        reduce(0) { Swift.max($0, $1.target.depth, $1.iter.depth, maxDepth($1.ifs)) }
    }
}

private func maxDepth(_ exprs: [Expr]) -> Int32 { exprs.reduce(0) { max($0, $1.depth) } }
private func maxDepth(_ stmts: [Stmt]) -> Int32 { stmts.reduce(0) { max($0, $1.depth) } }
private func maxDepth(_ patterns: [Pattern]) -> Int32 { patterns.reduce(0) { max($0, $1.depth) } }

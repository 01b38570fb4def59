// foreach over arrays (by value and by reference), Iterator / IteratorAggregate objects,
// generators and plain objects (public properties); generator resumption.
#include "interp_support.h"
#include "typed_refs.h"
#include "weft/php/interp.h"
#include "weft/php/ops.h"

namespace weft::php {

// Generators and objects of classes implementing Iterator (Traversable): iterated by their
// methods; other objects by their visible properties, even with methods named like Iterator's.
static bool is_traversable(Object* o) {
  if (o->gen()) return true;
  for (Class* i : o->cls->interfaces)
    if (i->lname == "traversable") return true;
  return false;
}

// Loops register when they start and leave when they end; one left by break or return stays
// until the registry is pruned (its oldest entries go past kMaxRefIters).
static constexpr uint32_t kMaxRefIters = 32;

static void ref_iters_add(VM& vm, Iter* it) {
  Array* r = vm.ref_iters.get();
  while (r->count >= kMaxRefIters) r->remove(Key::integer(r->buckets()[r->first()].ikey()));
  Value v;
  v.tag = Tag::Iter;
  v.it = it;
  r->append(v);
}

static void ref_iters_remove(VM& vm, Iter* it) {
  Array* r = vm.ref_iters.get();
  for (uint32_t i = r->first(); i < r->used(); i = r->next(i))
    if (r->buckets()[i].v.it == it) {
      r->remove(Key::integer(r->buckets()[i].ikey()));
      return;
    }
}

std::vector<std::pair<Iter*, uint32_t>> ref_iters_before(VM& vm, Array* a) {
  std::vector<std::pair<Iter*, uint32_t>> out;
  Array* r = vm.ref_iters.get();
  for (uint32_t i = r->first(); i < r->used(); i = r->next(i)) {
    Iter* it = r->buckets()[i].v.it;
    if (it->subject.tag != Tag::Arr || it->subject.a != a) continue;
    uint32_t n = 0;
    for (uint32_t j = a->first(); j < a->used() && j < it->pos; j = a->next(j)) ++n;
    out.push_back({it, n});
  }
  return out;
}

void ref_iters_after(VM& vm, Array* a, const std::vector<std::pair<Iter*, uint32_t>>& at) {
  (void)vm;
  for (auto [it, n] : at) {
    uint32_t j = a->first();
    for (uint32_t k = 0; k < n && j < a->used(); ++k) j = a->next(j);
    it->pos = j;
  }
}

bool fe_reset(VM& vm, Value* it_reg, const Value& subject0, Value* target) {
  Value subject = deref(subject0);
  Iter* it = gc_new<Iter>();
  if (subject.tag == Tag::Arr) {
    if (target) {
      it->by_ref = true;
      it->target = target;
      ref_iters_add(vm, it);
    } else {
      mark_shared(subject.a);
    }
    it->subject = subject;
    *it_reg = Value();
    it_reg->tag = Tag::Iter;
    it_reg->it = it;
    gc::write_barrier(&it_reg->p);
    return true;
  }
  if (subject.tag == Tag::Obj) {
    Object* o = subject.o;
    // IteratorAggregate: iterate what getIterator() returns
    for (int depth = 0; depth < 8; ++depth) {
      Function* gi = o->cls->find_method("getiterator");
      if (!gi || o->gen()) break;
      Value r;
      if (!vm.call_method(o, gi, nullptr, 0, &r)) return false;
      r = deref(r);
      if (r.tag != Tag::Obj || !is_traversable(r.o))
        return vm.throw_error("Exception", "Objects returned by " + o->cls->name +
                                               "::getIterator() must be traversable or "
                                               "implement interface Iterator");
      o = r.o;
    }
    if (is_traversable(o)) {
      if (target)
        return vm.throw_error("Error", "An iterator cannot be used with foreach by reference");
      it->subject = Value::obj(o);
    } else {
      // plain object: its visible properties, read as the loop goes (php walks the object's
      // property table: properties added meanwhile are visited, removed ones are not)
      it->subject = Value::obj(o);
      it->props = true;
      it->by_ref = target != nullptr;
      it->scope = calling_scope(vm.frame);
    }
    *it_reg = Value();
    it_reg->tag = Tag::Iter;
    it_reg->it = it;
    gc::write_barrier(&it_reg->p);
    return true;
  }
  vm.warning(std::string("foreach() argument must be of type array|object, ") +
             (subject.tag == Tag::Bool ? "bool" : type_name(subject)) + " given");
  *it_reg = Value::null();
  return true;
}

// The next visible property of a plain object's loop, its name in it->key; false at the end.
static bool next_prop(Iter* it, Value** slot) {
  Object* o = it->subject.o;
  for (; it->pos < o->nslots; ++it->pos) {
    const PropInfo& pi = o->cls->props[it->pos];
    if ((pi.flags & ModPrivate) && it->scope != pi.declared) continue;
    if ((pi.flags & ModProtected) && !(it->scope && (it->scope->is_subclass_of(pi.declared) ||
                                                     pi.declared->is_subclass_of(it->scope))))
      continue;
    if (o->slots()[it->pos].tag == Tag::Undef) continue;
    it->key = Value::str(pi.name);
    *slot = &o->slots()[it->pos++];
    return true;
  }
  Array* d = o->dyn.get();
  if (!d) return false;
  uint32_t i = d->skip(it->pos - o->nslots);
  if (i >= d->used()) return false;
  it->pos = o->nslots + i + 1;
  it->key = d->buckets()[i].key();
  *slot = &d->buckets()[i].v;
  return true;
}

int fe_fetch(VM& vm, Iter* it, Value* dst) {
  if (it->props) {
    Value* slot;
    if (!next_prop(it, &slot)) return 0;
    if (!it->by_ref) {
      *dst = deref(*slot);
      mark_copy(*dst);
      return 1;
    }
    Object* o = it->subject.o;
    if (slot >= o->slots() && slot < o->slots() + o->nslots &&
        o->cls->props[slot - o->slots()].typed) {
      // a typed property: the reference is bound to it (typed_refs.h)
      if (!make_typed_prop_ref(vm, o->cls->props[slot - o->slots()], slot)) return -1;
    } else if (slot->tag != Tag::Ref) {
      Ref* r = gc_new<Ref>();
      r->v = *slot;
      *slot = Value::ref(r);
    }
    *dst = *slot;
    return 1;
  }
  if (it->subject.tag == Tag::Arr) {
    if (it->by_ref) {
      Value* c = &deref(*it->target);
      if (c->tag != Tag::Arr) {
        ref_iters_remove(vm, it);
        return 0;
      }
      if (is_shared(c->a)) *c = Value::arr(c->a->copy());
      Array* a = c->a;
      it->subject = *c;
      uint32_t i = a->skip(it->pos);
      if (i >= a->used()) {
        ref_iters_remove(vm, it);
        return 0;
      }
      it->pos = i + 1;
      Value& slot = a->buckets()[i].v;
      if (slot.tag != Tag::Ref) {
        Ref* r = gc_new<Ref>();
        r->v = slot;
        slot = Value::ref(r);
      }
      *dst = slot;
      return 1;
    }
    Array* a = it->subject.a;
    uint32_t i = a->skip(it->pos);
    if (i >= a->used()) return 0;
    it->pos = i + 1;
    *dst = deref(a->buckets()[i].v);
    return 1;
  }
  Object* o = it->subject.o;
  if (o->gen()) {
    Frame* gf = o->gen();
    if (!it->started) {
      it->started = true;
      if (!generator_ensure_started(vm, o)) return -1;
    } else {
      if (!generator_ensure_started(vm, o)) return -1;
      if (!generator_resume(vm, o, Value::null())) return -1;
    }
    if (gf->gen_state == GenDone) return 0;
    *dst = gf->gen_val;
    it->key = gf->gen_key;
    return 1;
  }
  Value r;
  if (!it->started) {
    it->started = true;
    if (Function* m = o->cls->find_method("rewind"))
      if (!vm.call_method(o, m, nullptr, 0, &r)) return -1;
  } else if (Function* m = o->cls->find_method("next")) {
    if (!vm.call_method(o, m, nullptr, 0, &r)) return -1;
  }
  Function* valid = o->cls->find_method("valid");
  if (!vm.call_method(o, valid, nullptr, 0, &r)) return -1;
  if (!to_bool(r)) return 0;
  Function* cur = o->cls->find_method("current");
  if (!cur || !vm.call_method(o, cur, nullptr, 0, dst)) return -1;
  *dst = deref(*dst);
  // php calls key() only when the loop has a key variable (fe_key)
  it->key = Value::null();
  it->key_pending = true;
  return 1;
}

bool fe_key(VM& vm, Iter* it, Value* dst) {
  if (it->subject.tag == Tag::Arr) {
    Array* a = it->by_ref ? deref(*it->target).a : it->subject.a;
    if (it->pos == 0 || it->pos > a->used()) {
      *dst = Value::null();
      return true;
    }
    *dst = a->buckets()[it->pos - 1].key();
    return true;
  }
  if (it->props) {
    *dst = it->key;
    return true;
  }
  if (it->key_pending) {
    it->key_pending = false;
    Object* o = it->subject.o;
    if (Function* key = o->cls->find_method("key")) {
      Value k;
      if (!vm.call_method(o, key, nullptr, 0, &k)) return false;
      it->key = deref(k);
    }
  }
  *dst = it->key;
  return true;
}

// ---- generators ----

bool generator_resume(VM& vm, Object* gen, const Value& sent, Object* thrown) {
  Frame* f = gen->gen();
  if (f->gen_state == GenDone) return true;
  if (f->gen_state == GenRunning)
    return vm.throw_error("Error", "Cannot resume an already running generator");
  if (f->pc() > 0) {
    const Instr& y = f->ip[-1];
    if (y.op == Op::Yield && y.a >= 0) f->regs()[reg_index(y.a)] = sent;
  }
  f->gen_state = GenRunning;
  f->prev = vm.frame;
  vm.frame = f;
  if (thrown) {  // raised at the yield itself: the next instruction may be past its try block
    if (f->pc() > 0) --f->ip;
    vm.exception = thrown;
  }
  Value ret;
  bool ok = run_frame(vm, f, &ret);
  vm.frame = f->prev;
  if (!ok) {
    f->gen_state = GenDone;
    return false;
  }
  if (f->gen_state != GenSuspended) {
    f->gen_state = GenDone;
    f->gen_ret = ret;
    f->gen_val = Value::null();
    f->gen_key = Value::null();
  }
  return true;
}

bool generator_ensure_started(VM& vm, Object* gen) {
  Frame* f = gen->gen();
  if (f->gen_state == GenCreated) return generator_resume(vm, gen, Value::null());
  return true;
}

}  // namespace weft::php

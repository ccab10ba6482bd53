package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// store is the concurrent key/value map behind /kv. The three
// implementations are the usual answers to "a map shared by every request":
// one lock, sync.Map, or lock striping.
type store interface {
	Get(key string) ([]byte, bool)
	Put(key string, value []byte)
	Len() int
}

// newStore builds the store STORE selects; shards is used by storeSharded.
func newStore(kind storeKind, shards int) (store, error) {
	switch kind {
	case storeMutex:
		return newMutexStore(), nil
	case storeSyncMap:
		return &syncMapStore{}, nil
	case storeSharded:
		if shards < 1 {
			return nil, fmt.Errorf("sharded store needs at least 1 shard, got %d", shards)
		}
		return newShardedStore(shards), nil
	default:
		return nil, fmt.Errorf("unknown store %q", kind)
	}
}

// mutexStore is one map behind one sync.Mutex: every Get and Put of every
// request queues on the same lock.
type mutexStore struct {
	mu sync.Mutex
	m  map[string][]byte
}

func newMutexStore() *mutexStore { return &mutexStore{m: make(map[string][]byte)} }

func (s *mutexStore) Get(key string) ([]byte, bool) {
	s.mu.Lock()
	v, ok := s.m[key]
	s.mu.Unlock()
	return v, ok
}

func (s *mutexStore) Put(key string, value []byte) {
	s.mu.Lock()
	s.m[key] = value
	s.mu.Unlock()
}

func (s *mutexStore) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m)
}

// syncMapStore is a sync.Map. sync.Map has no length, so Put counts the keys
// it adds.
type syncMapStore struct {
	m sync.Map
	n atomic.Int64
}

func (s *syncMapStore) Get(key string) ([]byte, bool) {
	v, ok := s.m.Load(key)
	if !ok {
		return nil, false
	}
	return v.([]byte), true
}

func (s *syncMapStore) Put(key string, value []byte) {
	if _, loaded := s.m.Swap(key, value); !loaded {
		s.n.Add(1)
	}
}

func (s *syncMapStore) Len() int { return int(s.n.Load()) }

// shardedStore spreads keys over len(shards) maps by the FNV-1a hash of the
// key; each shard has its own sync.RWMutex, so requests only contend when
// they hit the same shard, and Gets share it.
type shardedStore struct {
	shards []shard
}

type shard struct {
	mu sync.RWMutex
	m  map[string][]byte
	_  [32]byte // pad to 64 bytes so neighbouring shards' locks do not share a cache line
}

func newShardedStore(n int) *shardedStore {
	s := &shardedStore{shards: make([]shard, n)}
	for i := range s.shards {
		s.shards[i].m = make(map[string][]byte)
	}
	return s
}

// fnv32a is FNV-1a (as hash/fnv's New32a) without allocating a hash.Hash.
func fnv32a(s string) uint32 {
	const (
		offset32 = 2166136261
		prime32  = 16777619
	)
	h := uint32(offset32)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= prime32
	}
	return h
}

func (s *shardedStore) shard(key string) *shard {
	return &s.shards[fnv32a(key)%uint32(len(s.shards))]
}

func (s *shardedStore) Get(key string) ([]byte, bool) {
	sh := s.shard(key)
	sh.mu.RLock()
	v, ok := sh.m[key]
	sh.mu.RUnlock()
	return v, ok
}

func (s *shardedStore) Put(key string, value []byte) {
	sh := s.shard(key)
	sh.mu.Lock()
	sh.m[key] = value
	sh.mu.Unlock()
}

func (s *shardedStore) Len() int {
	n := 0
	for i := range s.shards {
		sh := &s.shards[i]
		sh.mu.RLock()
		n += len(sh.m)
		sh.mu.RUnlock()
	}
	return n
}

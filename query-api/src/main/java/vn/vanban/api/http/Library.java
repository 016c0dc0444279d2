package vn.vanban.api.http;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.graph.CitationLinks;
import vn.vanban.search.SearchBackend;

/**
 * What the API serves from: a search backend and the citation graph of the same index (held in
 * memory embedded, or looked up hop by hop in a SolrCloud). Both are
 * replaced together when a newer index is opened (a request that asks for both just then may get
 * one of each, each whole). The graph may still be loading when the server starts: searches are
 * answered meanwhile, and requests that need the graph wait for it.
 */
public final class Library {

    /** One index: its search, its graph, and what handlers derive from that graph (made once). */
    private record Snapshot(SearchBackend search, CompletableFuture<CitationLinks> loading, Map<Class<?>, Object> derived) {
        Snapshot(SearchBackend search, CompletableFuture<CitationLinks> loading) {
            this(search, loading, new ConcurrentHashMap<>());
        }

        CitationLinks graph() {
            try {
                return loading.join();
            } catch (CompletionException e) {
                throw new ApiException(503, "Graph unavailable",
                        "the citation graph of this index could not be loaded: " + e.getCause().getMessage(),
                        "Không tải được đồ thị trích dẫn của chỉ mục này; tìm kiếm vẫn dùng được. Người vận hành cần xem nhật ký máy chủ.");
            }
        }
    }

    private final AtomicReference<Snapshot> current;
    private final java.util.concurrent.atomic.AtomicLong reloads = new java.util.concurrent.atomic.AtomicLong();

    /** How many times a newer index replaced the one served. */
    public long reloads() {
        return reloads.get();
    }
    private final Vocabulary vocabulary;

    public Library(SearchBackend search, CitationLinks graph, Vocabulary vocabulary) {
        this(search, CompletableFuture.completedFuture(graph), vocabulary);
    }

    /** Serves searches now, and the graph once it has loaded. */
    public Library(SearchBackend search, CompletableFuture<? extends CitationLinks> loadingGraph, Vocabulary vocabulary) {
        this.current = new AtomicReference<>(new Snapshot(search, loadingGraph.thenApply(g -> (CitationLinks) g)));
        this.vocabulary = vocabulary;
    }

    public SearchBackend search() {
        return current.get().search();
    }

    /** The graph served now; waits for it while it loads. */
    public CitationLinks graph() {
        return current.get().graph();
    }

    /** ready, loading, or failed (then graph requests are answered 503). */
    public String graphState() {
        CompletableFuture<CitationLinks> g = current.get().loading();
        return !g.isDone() ? "loading" : g.isCompletedExceptionally() ? "failed" : "ready";
    }

    /**
     * A helper made from the graph served now (a query with its precomputed tables), made once per
     * graph: after a reload the next call makes it anew from the new graph.
     */
    public <T> T derived(Class<T> type, Function<CitationLinks, T> make) {
        Snapshot s = current.get();
        return type.cast(s.derived().computeIfAbsent(type, k -> make.apply(s.graph())));
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Serves from these from now on. */
    public void replace(SearchBackend search, CitationLinks graph) {
        current.set(new Snapshot(search, CompletableFuture.completedFuture(graph)));
        reloads.incrementAndGet();
    }
}

package io.earmark.streams.state;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Entries in key order that leave from the front: a stage's events waiting for the watermark, a core task's pending
 * deadlines. Kept in memory; the store holds what a commit must capture, written by {@link #flush()} just before it.
 * <p>
 * The store does not hold one record per entry (a put when it is queued, a tombstone when it leaves: two changelog
 * records for every event that waits across a commit). At each flush it gets one page with the entries queued since
 * the last flush that are still there, a tombstone for each page none of whose entries is queued any more, and one
 * floor record: the greatest key that has left (every entry leaves from the front, so any page entry at or below it
 * has left too) and the few entries queued below it (a late entry that must wait). A few records per commit, however
 * many entries came and went.
 * <p>
 * Restoring reads the floor and the pages in the order they were written; a later copy of a key replaces an earlier
 * one (an entry queued again, as a redelivered event).
 */
public final class PagedQueue<V> {

    static final String FLOOR_KEY = "floor";
    private static final String PAGE_PREFIX = "page|";
    /** Entries per page, so that a page stays far below the broker's record size limit. */
    static final int PAGE_ENTRIES = 200;

    private final KeyValueStore<String, QueuePage<V>> store;
    private final NavigableMap<String, V> entries = new TreeMap<>();
    /** Keys queued since the last flush, not in any page yet. */
    private final Set<String> unsaved = new LinkedHashSet<>();
    /** For each queued key held by a page: that page. */
    private final Map<String, Long> pageOf = new HashMap<>();
    /** For each page in the store: how many of its entries are still queued. */
    private final Map<Long, Integer> queuedInPage = new HashMap<>();
    /** Pages none of whose entries is queued any more, to delete at the next flush. */
    private final Set<Long> emptied = new HashSet<>();
    private String floor;
    private boolean floorChanged;
    private long nextPage;

    public PagedQueue(KeyValueStore<String, QueuePage<V>> store) {
        this.store = store;
        QueuePage.Floor<V> saved = store.get(FLOOR_KEY) instanceof QueuePage.Floor<V> f ? f : null;
        floor = saved == null ? null : saved.through();
        try (KeyValueIterator<String, QueuePage<V>> pages = store.range(PAGE_PREFIX, PAGE_PREFIX + "~")) {
            pages.forEachRemaining(kv -> {
                long page = pageNumber(kv.key);
                queuedInPage.put(page, 0);
                nextPage = Math.max(nextPage, page + 1);
                if (kv.value instanceof QueuePage.Entries<V> written) {
                    for (Map.Entry<String, V> entry : written.entries()) {
                        if (saved == null || saved.keeps(entry.getKey())) {
                            entries.put(entry.getKey(), entry.getValue());
                            leavePage(pageOf.put(entry.getKey(), page));
                            queuedInPage.merge(page, 1, Integer::sum);
                        }
                    }
                }
            });
        }
        queuedInPage.forEach((page, queued) -> {
            if (queued == 0) {
                emptied.add(page);
            }
        });
    }

    /** Queues {@code value} under {@code key}, replacing an entry queued under the same key. */
    public void put(String key, V value) {
        entries.put(key, value);
        leavePage(pageOf.remove(key));
        unsaved.add(key);
        if (floor != null && key.compareTo(floor) <= 0) {
            floorChanged = true; // queued below the floor: the floor record must name it
        }
    }

    /** The first entry's key, or null when the queue is empty. */
    public String firstKey() {
        return entries.isEmpty() ? null : entries.firstKey();
    }

    public V first() {
        return entries.isEmpty() ? null : entries.firstEntry().getValue();
    }

    /** Takes the first entry out of the queue; returns its value (null when the queue is empty). */
    public V pollFirst() {
        Map.Entry<String, V> first = entries.pollFirstEntry();
        if (first == null) {
            return null;
        }
        String key = first.getKey();
        if (!unsaved.remove(key)) {
            leavePage(pageOf.remove(key));
        }
        if (floor == null || key.compareTo(floor) > 0) {
            floor = key;
        }
        floorChanged = true;
        return first.getValue();
    }

    private void leavePage(Long page) {
        if (page != null && queuedInPage.merge(page, -1, Integer::sum) == 0) {
            emptied.add(page);
        }
    }

    /** Writes what the store must hold for the queue as it is now: new pages, deleted pages, the floor. */
    public void flush() {
        List<Map.Entry<String, V>> page = new ArrayList<>(Math.min(unsaved.size(), PAGE_ENTRIES));
        for (String key : unsaved) {
            page.add(new AbstractMap.SimpleImmutableEntry<>(key, entries.get(key)));
            if (page.size() == PAGE_ENTRIES) {
                writePage(page);
                page = new ArrayList<>(PAGE_ENTRIES);
            }
        }
        if (!page.isEmpty()) {
            writePage(page);
        }
        unsaved.clear();
        for (long emptiedPage : emptied) {
            store.put(pageKey(emptiedPage), null); // a delete, without reading the page back as delete() does
            queuedInPage.remove(emptiedPage);
        }
        emptied.clear();
        if (floorChanged) {
            List<String> heldBelow = floor == null ? List.of()
                    : new ArrayList<>(entries.headMap(floor, true).keySet());
            store.put(FLOOR_KEY, new QueuePage.Floor<>(floor, heldBelow));
            floorChanged = false;
        }
    }

    private void writePage(List<Map.Entry<String, V>> page) {
        page.sort(Map.Entry.comparingByKey());
        long number = nextPage++;
        store.put(pageKey(number), new QueuePage.Entries<>(page));
        for (Map.Entry<String, V> entry : page) {
            pageOf.put(entry.getKey(), number);
        }
        queuedInPage.put(number, page.size());
    }

    private static String pageKey(long number) {
        return PAGE_PREFIX + OrderKeys.time(number);
    }

    private static long pageNumber(String key) {
        return Long.parseLong(key.substring(PAGE_PREFIX.length()));
    }

    /** The queued values, in key order. */
    public java.util.Collection<V> values() {
        return java.util.Collections.unmodifiableCollection(entries.values());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }
}

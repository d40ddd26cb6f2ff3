package dev.storyline.bench.story;

import dev.storyline.dedup.MinHashDeduplicator;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.RawDocument;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.model.Story;
import dev.storyline.pipeline.Pipeline;
import dev.storyline.pipeline.StoryComposer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * How composing one story grows with its size. Generates documents that all report one developing situation
 * ({@link OneStoryGenerator}), analyzes them once, and for each size takes that many of them spread evenly over the
 * weeks, groups them into one event per development, and times on this thread: the event summaries, and
 * {@link StoryComposer#compose} of the one story (summary, timeline, claims, entities, quotes). Prints seconds and the
 * peak heap in use while composing (sampled), and with {@code --pipeline} the whole {@link Pipeline#build} of the same
 * documents (dedup, events, stories and their composition; it uses every core). The generated documents are all
 * different articles, so each is a family of its own unless {@code --dedup} asks the standard deduplicator.
 */
@Command(name = "story-size", mixinStandardHelpOptions = true,
        description = "Time to compose one story of 1,000 to 10,000 generated documents, on one thread.")
public final class StorySizeBenchmark implements Callable<Integer> {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);
    private static final long HEAP_SAMPLE_MILLIS = 5;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,2000,4000,10000",
            description = "Story sizes in documents (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "20", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dedup", description = "Group the documents into near-duplicate families with the standard "
            + "deduplicator (not timed) instead of making each document a family of its own.")
    boolean dedup;

    @Option(names = "--pipeline", description = "Also time Pipeline.build over the same documents.")
    boolean pipeline;

    @Option(names = "--json", description = "Print one JSON line per size instead of the table.")
    boolean json;

    /** What one size measured. */
    private record Measurement(int documents, int events, double eventSummarySeconds, double composeSeconds,
                               double composeCpuSeconds,
                               long baseHeap, long peakHeap, int claims, int disputed, int quotes, int entities,
                               double pipelineSeconds, int pipelineStories, int largestStory) {
    }

    @Override
    public Integer call() {
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (largest < 1 || sizes.stream().anyMatch(size -> size < 1)) {
            System.err.println("sizes must be at least 1");
            return 2;
        }
        Pipeline analysis = Pipeline.standard();
        List<SkippedInput> skipped = new ArrayList<>();
        long start = System.nanoTime();
        List<AnalyzedDocument> all = new ArrayList<>();
        for (RawDocument raw : new OneStoryGenerator(seed).documents(largest, START)) {
            AnalyzedDocument document = analysis.analyze(raw, skipped);
            if (document != null) {
                all.add(document);
            }
        }
        if (!json) {
            System.out.printf(Locale.ROOT, "%d documents generated and analyzed in %.1f s (%d skipped); composing on one thread%n",
                    all.size(), seconds(start), skipped.size());
            System.out.println("seconds are wall-clock, cpu s is this thread's CPU time for compose (less sensitive to other load)");
        }
        measure(spread(all, Math.min(200, all.size())), false);
        if (!json) {
            System.out.printf("%n%9s %7s %12s %11s %10s %10s %10s %7s %9s %7s %9s%s%n", "documents", "events", "event sum s",
                    "compose s", "cpu s", "base MB", "peak MB", "claims", "disputed", "quotes", "entities",
                    pipeline ? String.format("%12s %8s %9s", "pipeline s", "stories", "largest") : "");
        }
        for (int size : sizes) {
            Measurement m = measure(spread(all, Math.min(size, all.size())), pipeline);
            print(m);
        }
        return 0;
    }

    /** {@code count} of the documents, evenly spaced so that they cover the same weeks. */
    private static List<AnalyzedDocument> spread(List<AnalyzedDocument> all, int count) {
        List<AnalyzedDocument> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(all.get((int) ((long) i * all.size() / count)));
        }
        return chosen;
    }

    private Measurement measure(List<AnalyzedDocument> documents, boolean withPipeline) {
        Map<String, AnalyzedDocument> byId = new LinkedHashMap<>();
        Map<Integer, List<String>> byDevelopment = new LinkedHashMap<>();
        for (AnalyzedDocument document : documents) {
            byId.put(document.id(), document);
            int day = (int) (document.article().published().toEpochDay() - START.toEpochDay());
            byDevelopment.computeIfAbsent(OneStoryGenerator.development(day), d -> new ArrayList<>()).add(document.id());
        }
        List<Family> families = dedup ? new MinHashDeduplicator().families(documents) : singletons(documents);
        Map<String, String> familyOf = Family.byDocument(families);
        List<Event> events = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> development : byDevelopment.entrySet()) {
            List<String> ids = development.getValue();
            events.add(new Event("e" + development.getKey(), "development " + development.getKey(),
                    byId.get(ids.get(0)).article().published(), ids, List.of()));
        }
        StoryComposer composer = StoryComposer.standard();
        long base = usedHeapAfterGc();
        HeapSampler sampler = new HeapSampler();
        long start = System.nanoTime();
        List<Event> summarized = new ArrayList<>();
        for (Event event : events) {
            List<AnalyzedDocument> members = new ArrayList<>();
            event.documents().forEach(id -> members.add(byId.get(id)));
            summarized.add(composer.summarize(event, members, familyOf));
        }
        double eventSeconds = seconds(start);
        Story story = new Story("s1", "Velmora bridge collapse", summarized.stream().map(Event::id).toList(),
                new ArrayList<>(byId.keySet()), List.of(), List.of(), List.of());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        start = System.nanoTime();
        Story composed = composer.compose(story, summarized, byId, families);
        double composeSeconds = seconds(start);
        double composeCpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = sampler.stop();
        int disputed = (int) composed.claims().stream().filter(c -> c.status().name().equals("DISPUTED")).count();
        double pipelineSeconds = -1;
        int stories = 0;
        int largestStory = 0;
        if (withPipeline) {
            start = System.nanoTime();
            Report report = Pipeline.standard().build(documents, new ArrayList<>());
            pipelineSeconds = seconds(start);
            stories = report.stories().size();
            largestStory = report.stories().stream().mapToInt(s -> s.documents().size()).max().orElse(0);
        }
        return new Measurement(documents.size(), events.size(), eventSeconds, composeSeconds, composeCpuSeconds, base, peak,
                composed.claims().size(), disputed, composed.quotes().size(), composed.entities().size(),
                pipelineSeconds, stories, largestStory);
    }

    /** Each document a family of its own: the generated documents are all different articles. */
    private static List<Family> singletons(List<AnalyzedDocument> documents) {
        List<Family> families = new ArrayList<>();
        for (AnalyzedDocument document : documents) {
            families.add(new Family("f-" + document.id(), List.of(document.id()), document.id()));
        }
        return families;
    }

    private void print(Measurement m) {
        double mb = 1024.0 * 1024.0;
        if (json) {
            System.out.printf(Locale.ROOT, "{\"benchmark\":\"story-size\",\"documents\":%d,\"events\":%d,"
                            + "\"eventSummarySeconds\":%.2f,\"composeSeconds\":%.2f,\"composeCpuSeconds\":%.2f,\"baseHeapMB\":%.0f,\"peakHeapMB\":%.0f,"
                            + "\"claims\":%d,\"disputed\":%d,\"quotes\":%d,\"entities\":%d%s}%n",
                    m.documents, m.events, m.eventSummarySeconds, m.composeSeconds, m.composeCpuSeconds, m.baseHeap / mb, m.peakHeap / mb,
                    m.claims, m.disputed, m.quotes, m.entities, m.pipelineSeconds < 0 ? ""
                            : String.format(Locale.ROOT, ",\"pipelineSeconds\":%.2f,\"stories\":%d,\"largestStory\":%d",
                            m.pipelineSeconds, m.pipelineStories, m.largestStory));
        } else {
            System.out.printf(Locale.ROOT, "%9d %7d %12.2f %11.2f %10.2f %10.0f %10.0f %7d %9d %7d %9d%s%n", m.documents, m.events,
                    m.eventSummarySeconds, m.composeSeconds, m.composeCpuSeconds, m.baseHeap / mb, m.peakHeap / mb, m.claims, m.disputed,
                    m.quotes, m.entities, m.pipelineSeconds < 0 ? ""
                            : String.format(Locale.ROOT, "%12.2f %8d %9d", m.pipelineSeconds, m.pipelineStories, m.largestStory));
        }
        System.out.flush();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The most heap in use, sampled on a daemon thread every {@value #HEAP_SAMPLE_MILLIS} ms until stopped. */
    private static final class HeapSampler {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            Supplier<Long> used = () -> memory.getHeapMemoryUsage().getUsed();
            peak.set(used.get());
            thread = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(used.get(), Math::max);
                    try {
                        Thread.sleep(HEAP_SAMPLE_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long stop() {
            running.set(false);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return peak.get();
        }
    }
}

package dev.chanscope.link;

import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.RunCases;
import dev.chanscope.scenario.Scenario;
import dev.chanscope.support.Example;
import dev.chanscope.support.JavaSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Link states and texts for {@link LinkPropertiesTest}, each drawn from one case seed. */
final class LinkCases {

    private LinkCases() {}

    /** A state the page can hold, with only non-default parameters (a link lists no others). */
    record LinkCase(ShareLink link) implements Example {
        @Override
        public String java() {
            return "new LinkCases.LinkCase(" + java(link) + ")";
        }

        private static String java(ShareLink l) {
            if (l == null) {
                return "null";
            }
            List<String> steps = l.interventions().stream()
                    .map(s -> "new dev.chanscope.link.ShareLink.Step(" + JavaSource.string(s.kind()) + ", "
                            + JavaSource.string(s.target()) + ", " + s.afterSeq() + "L)")
                    .toList();
            return "new dev.chanscope.link.ShareLink(" + JavaSource.string(l.scenario()) + ", "
                    + JavaSource.map(l.params()) + ", " + l.seed() + "L, " + l.procs() + ", " + JavaSource.list(steps)
                    + ", " + JavaSource.value(l.t()) + ", " + l.present() + ", " + l.embed() + ", " + java(l.compare())
                    + ")";
        }
    }

    /** Any text without lone surrogates, up to 1,500 characters (so it always fits iz's caps). */
    record TextCase(String text) implements Example {
        @Override
        public String java() {
            return "new LinkCases.TextCase(" + JavaSource.string(text) + ")";
        }
    }

    static LinkCase link(long caseSeed) {
        SplittableRandom random = new SplittableRandom(caseSeed);
        ShareLink link = run(random);
        Long t = random.nextInt(10) < 3 ? null : RunCases.between(random, 0, LinkCodec.MAX_SAFE);
        boolean present = random.nextBoolean();
        boolean embed = random.nextBoolean();
        // Three in ten are compare links: a second run of any scenario beside the first.
        ShareLink compare = random.nextInt(10) < 3 ? run(random) : null;
        return new LinkCase(new ShareLink(
                link.scenario(),
                link.params(),
                link.seed(),
                link.procs(),
                link.interventions(),
                t,
                present,
                embed,
                compare));
    }

    /** One run's fields (playhead and modes unset). */
    private static ShareLink run(SplittableRandom random) {
        List<Scenario> all = RunCases.CATALOG.all();
        Scenario s = all.get(random.nextInt(all.size()));
        Map<String, Object> params = nonDefaultParams(s, random);
        long seed = RunCases.between(random, -LinkCodec.MAX_SAFE, LinkCodec.MAX_SAFE);
        int procs = RunCases.between(random, 1, LinkCodec.MAX_PROCS);
        int count = switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> 0;
            case 4, 5, 6, 7 -> random.nextInt(1, 6);
            default -> random.nextInt(6, LinkCodec.MAX_INTERVENTIONS + 1);
        };
        List<ShareLink.Step> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add(step(random));
        }
        return new ShareLink(s.id(), params, seed, procs, steps, null, false, false);
    }

    static Map<String, Object> nonDefaultParams(Scenario s, SplittableRandom random) {
        Map<String, Object> drawn = RunCases.params(s, random);
        Map<String, Object> out = new LinkedHashMap<>();
        for (ParamSpec spec : s.params()) {
            Object v = drawn.get(spec.name());
            if (v != null && !v.equals(spec.defaultValue())) {
                out.put(spec.name(), v);
            }
        }
        return out;
    }

    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789#-_ @:.é€+%&=";

    static ShareLink.Step step(SplittableRandom random) {
        String kind = LinkCodec.KINDS.get(random.nextInt(LinkCodec.KINDS.size()));
        String target = switch (random.nextInt(3)) {
            case 0 -> List.of("shutdown", "jobs", "main", "worker 2").get(random.nextInt(4));
            case 1 -> "#" + random.nextInt(51);
            default -> {
                StringBuilder name = new StringBuilder("g");
                int length = random.nextInt(10) < 7 ? random.nextInt(1, 12) : random.nextInt(1, LinkCodec.MAX_TARGET);
                for (int i = 0; i < length; i++) {
                    name.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
                }
                yield name.toString();
            }
        };
        return new ShareLink.Step(kind, target, RunCases.between(random, 0, LinkCodec.MAX_SAFE));
    }

    /**
     * A text: printable ASCII, any BMP character but a surrogate, any code point (supplementary ones
     * are two characters), or one character repeated (which can inflate past the ratio cap).
     */
    static TextCase text(long caseSeed) {
        SplittableRandom random = new SplittableRandom(caseSeed);
        int length = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1, 2 -> random.nextInt(1, 11);
            default -> random.nextInt(0, 1501);
        };
        int kind = random.nextInt(4);
        int repeated = random.nextInt(0x20, 0x7f);
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            int c = switch (kind) {
                case 0 -> random.nextInt(0x20, 0x7f);
                case 1 -> bmp(random);
                case 2 -> random.nextBoolean() ? bmp(random) : random.nextInt(0x10000, Character.MAX_CODE_POINT + 1);
                default -> repeated;
            };
            if (b.length() + Character.charCount(c) <= length) {
                b.appendCodePoint(c);
            } else {
                b.append((char) repeated);
            }
        }
        return new TextCase(b.toString());
    }

    private static int bmp(SplittableRandom random) {
        int c = random.nextInt(0, 0x10000 - 0x800);
        return c < Character.MIN_SURROGATE ? c : c + 0x800; // skips the 2,048 surrogates
    }
}

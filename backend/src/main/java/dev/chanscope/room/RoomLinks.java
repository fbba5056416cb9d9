package dev.chanscope.room;

import dev.chanscope.link.LinkCodec;
import dev.chanscope.link.LinkProblem;
import dev.chanscope.link.ProgramLinkCodec;
import java.util.List;

/**
 * Checks every link a teacher sends with the share-link rules and keeps it canonically, as {@code GET
 * /api/links/resolve} writes it: a scenario's link with {@link LinkCodec}, a link that carries a
 * program ({@code code} or {@code p}) with {@link ProgramLinkCodec}. A room link must read cleanly:
 * where a page would quietly fix a value (or fall back to a scenario for a program it cannot read), a
 * room refuses the link and names each problem, so what followers open is exactly what the teacher
 * meant. A snippet id is kept as it is, not looked up: followers fetch the snippet as any page
 * opening the link would. Page modes ({@code present}, {@code embed}) belong to each screen, not to
 * the room, and are dropped.
 */
public final class RoomLinks {

    private final LinkCodec codec;
    private final ProgramLinkCodec programs;
    private final int maxLength;

    /** @param maxLength characters a link may have (a program travels inside a link, up to 64 KiB) */
    public RoomLinks(LinkCodec codec, ProgramLinkCodec programs, int maxLength) {
        this.codec = codec;
        this.programs = programs;
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * The canonical form of {@code link} (a share link's query, with or without its {@code ?}, or a
     * whole address: everything up to the first {@code ?} is ignored).
     *
     * @param path where the link was in the request ({@code link}, {@code compare}), for errors
     * @throws RoomError {@code invalid-link} with one problem per bad parameter
     */
    public String canonical(String link, String path) {
        if (link.length() > maxLength) {
            throw new RoomError(
                    "invalid-link",
                    path + " has " + link.length() + " characters; a room link has at most " + maxLength,
                    path,
                    List.of(new RoomError.Problem(path, "at most " + maxLength + " characters")));
        }
        int q = link.indexOf('?');
        String query = q < 0 ? link : link.substring(q + 1);
        if (ProgramLinkCodec.carriesProgram(query)) {
            ProgramLinkCodec.Decoded d = programs.decode(query);
            refuseIfAny(d.problems(), path);
            return programs.encode(d.program().withModes(false, false));
        }
        LinkCodec.Decoded d = codec.decode(query);
        refuseIfAny(d.problems(), path);
        return codec.encode(d.link().withoutModes());
    }

    private static void refuseIfAny(List<LinkProblem> found, String path) {
        if (found.isEmpty()) {
            return;
        }
        List<RoomError.Problem> problems = found.stream()
                .map(p -> new RoomError.Problem(path + "." + p.param(), p.message()))
                .toList();
        LinkProblem first = found.getFirst();
        throw new RoomError(
                "invalid-link",
                path + "." + first.param() + ": " + first.message()
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                problems.getFirst().path(),
                problems);
    }
}

package org.heaplab.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the corpus's {@code normalize.sh}, applied to Heap Lab's output before comparing:
 * library frames dropped, hex numbers to 0xADDR, directories stripped, thread ids to TID.
 */
final class ZigNormalizer {
    private ZigNormalizer() {}

    private static final Pattern FRAME = Pattern.compile("^(\\S.*?):(\\d+|\\?):(\\d+|\\?): 0x[0-9a-fA-F]+ in .* \\([^()]*\\)$");
    private static final Pattern CARET = Pattern.compile("^[ \\t]*\\^[ \\t~]*$");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern DIRS = Pattern.compile("(?<![\\w./~-])/(?:[^\\s/:()'\"]+/)+");
    private static final Pattern TID = Pattern.compile("\\bthread \\d+ panic:");

    static String normalize(String raw) {
        boolean lastNewline = raw.endsWith("\n");
        String[] lines = raw.split("\n", -1);
        int n = lastNewline ? lines.length - 1 : lines.length;
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            String line = lines[i];
            Matcher m = FRAME.matcher(line);
            if (m.matches()) {
                String path = m.group(1);
                if (path.equals("???")) {
                    i++;
                    continue;
                }
                if (isLib(path)) {
                    if (i + 2 < n && !FRAME.matcher(lines[i + 1]).matches() && CARET.matcher(lines[i + 2]).matches()) i += 3;
                    else i++;
                    continue;
                }
            }
            out.add(line);
            i++;
        }
        var sb = new StringBuilder();
        for (int k = 0; k < out.size(); k++) {
            String s = out.get(k);
            s = HEX.matcher(s).replaceAll("0xADDR");
            s = DIRS.matcher(s).replaceAll("");
            s = TID.matcher(s).replaceAll("thread TID panic:");
            if (k > 0) sb.append('\n');
            sb.append(s);
        }
        if (!out.isEmpty() && lastNewline) sb.append('\n');
        return sb.toString();
    }

    private static boolean isLib(String p) {
        return p.matches(".*/lib/(?:std|compiler_rt|compiler|libc|c|include)/.*") || p.matches(".*/lib/(?:std|compiler_rt|c)\\.zig");
    }
}

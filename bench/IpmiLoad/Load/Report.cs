using System.Globalization;
using System.Text;

namespace IpmiLoad.Load;

/// <summary>
/// The comparison table: one row per figure, one column per server, then the ratio of every other server to the
/// last one (the reference, ipmi_sim in bench/load.sh) and the project's target for that ratio (bench/README.md)
/// with "met" or "MISSED" per ratio.
/// </summary>
public static class Report
{
    private sealed record Row(string Figure, Func<TargetResult, double> Value, string Format, Goal? Goal = null);

    /// <summary>A target: the ratio at most / at least <see cref="Limit"/>, or the first server's own value at most <see cref="Limit"/>.</summary>
    private sealed record Goal(string Text, Func<double, double, bool> IsMet);

    private static Goal RatioAtMost(double limit) => new($"ratio ≤ {limit:0.#}", (_, ratio) => ratio <= limit);
    private static Goal RatioAtLeast(double limit) => new($"ratio ≥ {limit:0.#}", (_, ratio) => ratio >= limit);
    private static Goal ValueAtMost(double limit, string unit) => new($"≤ {limit:0.#} {unit}", (value, _) => value <= limit);

    private const double KibPerMib = 1024;

    public static string Format(IReadOnlyList<TargetResult> results, int clients)
    {
        Row[] rows =
        [
            new("logins/s, 1 client", r => r.Logins.PerSecond, "0"),
            new("login p50 (µs)", r => r.Logins.Latency.Percentile(0.50), "0"),
            new("login p99 (µs)", r => r.Logins.Latency.Percentile(0.99), "0"),
            new("server CPU per login (µs)", r => r.Logins.CpuPerOperation, "0", RatioAtMost(1)),
            new($"logins/s, {LoadRun.ParallelLogins} clients, one source", r => r.LoginsParallel.PerSecond, "0", RatioAtLeast(1)),
            new($"login p99 (µs), {LoadRun.ParallelLogins} clients", r => r.LoginsParallel.Latency.Percentile(0.99), "0"),
            new("commands/s, 1 client", r => r.CommandsOne.PerSecond, "0"),
            new("command p50 (µs), 1 client", r => r.CommandsOne.Latency.Percentile(0.50), "0"),
            new("command p99 (µs), 1 client", r => r.CommandsOne.Latency.Percentile(0.99), "0", RatioAtMost(1)),
            new("server CPU per command (µs), 1 client", r => r.CommandsOne.CpuPerOperation, "0.0", RatioAtMost(1)),
            new("load client CPU per command (µs), 1 client", r => r.CommandsOne.ClientCpuPerOperation, "0.0"),
            new($"commands/s, {clients} clients", r => r.CommandsMany.PerSecond, "0", RatioAtLeast(2)),
            new($"command p50 (µs), {clients} clients", r => r.CommandsMany.Latency.Percentile(0.50), "0"),
            new($"command p99 (µs), {clients} clients", r => r.CommandsMany.Latency.Percentile(0.99), "0", RatioAtMost(1)),
            new($"server CPU per command (µs), {clients} clients", r => r.CommandsMany.CpuPerOperation, "0.0", RatioAtMost(1)),
            new($"load client CPU per command (µs), {clients} clients", r => r.CommandsMany.ClientCpuPerOperation, "0.0"),
            new("VmRSS idle (MiB)", r => r.IdleResidentKib / KibPerMib, "0.0", ValueAtMost(16, "MiB")),
            new($"VmRSS max under load (MiB), {clients} clients", r => r.CommandsMany.MaxResidentKib / KibPerMib, "0.0"),
            new("VmHWM at the end (MiB)", r => r.PeakResidentKib / KibPerMib, "0.0"),
            new("failed logins", r => r.Logins.Failures, "0"),
            new($"failed logins, {LoadRun.ParallelLogins} clients", r => r.LoginsParallel.Failures, "0"),
            new("failed commands, 1 client", r => r.CommandsOne.Failures, "0"),
            new($"failed commands, {clients} clients", r => r.CommandsMany.Failures, "0"),
            new("replies lost (timeouts)", r => r.Logins.Timeouts + r.LoginsParallel.Timeouts + r.CommandsOne.Timeouts + r.CommandsMany.Timeouts, "0"),
        ];
        var reference = results[^1].Target.Name;
        var compared = results.Count - 1;
        var header = new List<string> { "figure" };
        header.AddRange(results.Select(r => r.Target.Name));
        if (compared > 0)
        {
            header.AddRange(results.Take(compared).Select(r => $"{r.Target.Name} / {reference}"));
            header.Add("target");
        }
        var table = new List<string[]> { header.ToArray() };
        foreach (var row in rows)
        {
            var values = results.Select(row.Value).ToArray();
            var cells = new List<string> { row.Figure };
            cells.AddRange(values.Select(v => Number(v, row.Format)));
            if (compared > 0)
            {
                var ratios = values.Take(compared).Select(v => v / values[^1]).ToArray();
                cells.AddRange(ratios.Select(ratio => Number(ratio, "0.00")));
                var verdicts = ratios.Select((ratio, i) => row.Goal is not null && row.Goal.IsMet(values[i], ratio) ? "met" : "MISSED");
                cells.Add(row.Goal is null ? "" : $"{row.Goal.Text}: {string.Join(" / ", verdicts)}");
            }
            table.Add(cells.ToArray());
        }
        return Markdown(table);
    }

    private static string Number(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Markdown(List<string[]> table)
    {
        var widths = Enumerable.Range(0, table[0].Length).Select(c => table.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        for (var i = 0; i < table.Count; i++)
        {
            text.Append('|');
            for (var c = 0; c < widths.Length; c++)
                text.Append(' ').Append(c == 0 ? table[i][c].PadRight(widths[c]) : table[i][c].PadLeft(widths[c])).Append(" |");
            text.AppendLine();
            if (i == 0)
                text.Append('|').AppendJoin("", widths.Select((w, c) => c == 0 ? $"{new string('-', w + 2)}|" : $"{new string('-', w + 1)}:|")).AppendLine();
        }
        return text.ToString();
    }
}

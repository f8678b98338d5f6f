using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Robustness;

/// <summary>
/// A full SEL, as `ipmitool sel info` / `sel elist` show it: stopped with the overflow flag (the IPMI default), or
/// overwriting its oldest entry when Sel:WhenFull=Overwrite.
/// </summary>
public class SelCapacityTests
{
    private const int Capacity = 16;

    private static Task<ToolResult> Ipmitool(SidecarProcess sidecar, params string[] command) =>
        Support.Ipmitool.RunAsync(sidecar.Port, "3", "admin", "ipmisidecar", command);

    /// <summary>Fills the log with one command per entry (the BMC's own events may already hold some).</summary>
    private static async Task<List<ToolResult>> AddEntries(SidecarProcess sidecar, int count)
    {
        var results = new List<ToolResult>();
        for (var i = 0; i < count; i++)
            results.Add(await Ipmitool(sidecar, RawRequests.AddSelEntry));
        return results;
    }

    [Test]
    public async Task A_full_log_stops_with_the_overflow_flag_and_refuses_adds_with_out_of_space()
    {
        await using var sidecar = await SidecarProcess.StartAsync($"--Sel:Capacity={Capacity}");
        await Ipmitool(sidecar, "sel", "clear");

        var adds = await AddEntries(sidecar, Capacity + 2);

        Assert.That(adds.Take(Capacity - 1).Select(r => r.ExitCode), Is.All.Zero, "the clear left one 'log area reset' entry");
        Assert.That(adds.TakeLast(2).Select(r => r.StdErr), Is.All.Contain("rsp=0xc4): Out of space"));
        var info = (await Ipmitool(sidecar, "sel", "info")).StdOut;
        Assert.That(info, Does.Match(@"Entries\s+: 16\b").And.Match(@"Free Space\s+: 0 bytes").And.Match(@"Overflow\s+: true"), info);
    }

    [Test]
    public async Task An_overwriting_log_keeps_the_newest_entries_and_reports_no_overflow()
    {
        await using var sidecar = await SidecarProcess.StartAsync($"--Sel:Capacity={Capacity}", "--Sel:WhenFull=Overwrite");
        await Ipmitool(sidecar, "sel", "clear");

        var adds = await AddEntries(sidecar, Capacity + 4);

        Assert.That(adds.Select(r => r.ExitCode), Is.All.Zero);
        var info = (await Ipmitool(sidecar, "sel", "info")).StdOut;
        Assert.That(info, Does.Match(@"Entries\s+: 16\b").And.Match(@"Overflow\s+: false"), info);
        var list = (await Ipmitool(sidecar, "sel", "list")).StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(list, Has.Length.EqualTo(Capacity));
        Assert.That(list[0].Split('|')[0].Trim(), Is.EqualTo("6"), "records 1-5 (the clear's entry and the first four adds) were overwritten");
        Assert.That(list[^1].Split('|')[0].Trim(), Is.EqualTo("15"), "ipmitool prints record IDs in hex: 0x15 = 21");
    }
}

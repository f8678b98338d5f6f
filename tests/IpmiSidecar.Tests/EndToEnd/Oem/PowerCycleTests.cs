using System.Diagnostics;
using System.Text.RegularExpressions;
using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Oem;

/// <summary>
/// A power cycle is one off then one on (IPMI v2.0 §28.3), whichever client asks: ipmitool retries after 1 s with
/// the same rqSeq while the demo's forced off still holds the button (5 s); ipmipower retransmits every 400 ms with a
/// new rqSeq and only takes the answer to its latest. The power state is sampled through the cycle and for as long
/// again after it, when a second cycle would have shown.
/// </summary>
[NonParallelizable]
public class PowerCycleTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(8);

    private SidecarProcess _sidecar = null!;

    [SetUp]
    public async Task StartSidecar()
    {
        _sidecar = await SidecarProcess.StartAsync();
        await Ipmitool("chassis", "power", "on");
        for (var i = 0; i < 20 && !(await Ipmitool("chassis", "power", "status")).StdOut.Contains("is on"); i++)
            await Task.Delay(250);
    }

    [TearDown]
    public async Task StopSidecar() => await _sidecar.DisposeAsync();

    private async Task<ToolResult> Ipmitool(params string[] command)
    {
        var result = await Support.Ipmitool.RunAsync(_sidecar.Port, "17", "admin", "ipmisidecar", command);
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        return result;
    }

    private Task<ToolResult> Ipmipower(string command) =>
        Tool.RunAsync("ipmipower", ["-D", "LAN_2_0", "-h", $"127.0.0.1:{_sidecar.Port}", "-u", "admin", "-p", "ipmisidecar", command],
            TimeSpan.FromSeconds(60));

    /// <summary>The power states seen by polling Get Chassis Status until <paramref name="action"/> is done and <see cref="Settle"/> has passed with no change, repeats collapsed, with how long each lasted.</summary>
    private async Task<List<(string State, TimeSpan Lasted)>> PowerStatesWhile(Task action)
    {
        var states = new List<(string State, TimeSpan Lasted)>();
        var since = Stopwatch.StartNew();
        var unchanged = Stopwatch.StartNew();
        while (!action.IsCompleted || unchanged.Elapsed < Settle)
        {
            var output = (await Ipmitool("chassis", "power", "status")).StdOut;
            var state = Regex.Match(output, "Chassis Power is (on|off)").Groups[1].Value;
            if (states.Count == 0 || states[^1].State != state)
            {
                if (states.Count > 0)
                    states[^1] = (states[^1].State, since.Elapsed);
                states.Add((state, TimeSpan.Zero));
                since.Restart();
                unchanged.Restart();
            }
            await Task.Delay(200);
        }
        await action;
        return states;
    }

    private async Task<int> PowerCycleEvents() =>
        Regex.Matches((await Ipmitool("sel", "elist")).StdOut, @"Power Unit #0x[0-9a-f]+ \| Power cycle \| Asserted").Count;

    [Test]
    public async Task Ipmitool_power_cycle_turns_the_host_off_once_for_at_least_a_second_then_on_once()
    {
        var cycle = Ipmitool("chassis", "power", "cycle");
        var states = await PowerStatesWhile(cycle);

        Assert.That((await cycle).StdOut, Does.Contain("Chassis Power Control: Cycle"));
        Assert.That(states.Select(s => s.State), Is.EqualTo(new[] { "on", "off", "on" }), string.Join(", ", states));
        Assert.That(states[1].Lasted, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)), "§28.3: at least 1 s off");
        Assert.That(await PowerCycleEvents(), Is.EqualTo(1));
    }

    [Test, Description("the session timed out after 20 s while every retransmission started another cycle")]
    public async Task Ipmipower_cycle_answers_ok_at_once_and_cycles_the_host_once()
    {
        var cycle = Ipmipower("--cycle");
        var states = await PowerStatesWhile(cycle);

        var result = await cycle;
        Assert.That(result.StdOut, Is.EqualTo("127.0.0.1: ok\n"), result.ToString);
        Assert.That(result.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
        Assert.That(states.Select(s => s.State), Is.EqualTo(new[] { "on", "off", "on" }), string.Join(", ", states));
        Assert.That(await PowerCycleEvents(), Is.EqualTo(1));
    }

    [Test]
    public async Task Ipmipower_reset_stat_off_and_on_each_answer_at_once()
    {
        foreach (var (command, expected) in new[] { ("--reset", "ok"), ("--stat", "on"), ("--off", "ok"), ("--on", "ok") })
        {
            var result = await Ipmipower(command);
            Assert.That(result.StdOut, Is.EqualTo($"127.0.0.1: {expected}\n"), result.ToString);
            Assert.That(result.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)), result.ToString);
        }
        Assert.That(Regex.Matches((await Ipmitool("sel", "elist")).StdOut, @"Initiated by hard reset \| Asserted").Count, Is.EqualTo(1));
        var states = await PowerStatesWhile(Task.CompletedTask);
        Assert.That(states[^1].State, Is.EqualTo("on"), "the on queued behind the forced off: " + string.Join(", ", states));
    }
}

using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Ipmi.Protocol;
using IpmiLoad.Client;
using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Hardening;

/// <summary>
/// 32 consoles (the bench's RMCP+ client, suites 3 and 17 alternately) log in, run a mix of commands and close their
/// sessions, over and over for <see cref="Duration"/>: not one step may fail, the session table is empty again
/// afterwards (Get Channel Info, §22.24: only the asking session active), and the server's resident memory stays
/// flat after warm-up.
/// </summary>
[NonParallelizable]
public partial class LoadTests
{
    private const int Clients = 32;
    private const int CommandsPerSession = 20;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private const long MemoryGrowthBoundKilobytes = 20 * 1024;

    /// <summary>
    /// What a monitoring client sends: Get Device ID, a sensor reading, chassis capabilities, SEL info, an SDR record —
    /// all answered without a bus transaction on the request's path. (Chassis status reads the GPIO expander: 32
    /// clients asking at once can fill the bus queue of depth 32, which answers 0xC0 by design; Oem.Tests/Faults
    /// covers that.)
    /// </summary>
    private static readonly (NetFn NetFn, byte Command, byte[] Data)[] Mix =
    [
        (NetFn.App, 0x01, []),
        (NetFn.SensorEvent, 0x2D, [0x01]),
        (NetFn.Chassis, 0x00, []),
        (NetFn.Storage, 0x40, []),
        (NetFn.Storage, 0x23, [0x00, 0x00, 0x01, 0x00, 0x00, 0xFF]),
    ];

    [Test]
    public async Task Thirty_two_clients_for_ten_seconds_no_errors_no_session_leak_flat_memory()
    {
        await using var sidecar = await SidecarProcess.StartAsync();
        var server = new IPEndPoint(IPAddress.Loopback, sidecar.Port);
        var memory = new ResidentMemory(sidecar.ProcessId);
        var clock = Stopwatch.StartNew();
        using var stopSampling = new CancellationTokenSource();
        var sampling = memory.SampleAsync(TimeSpan.FromMilliseconds(250), clock, stopSampling.Token);

        var deadline = clock.Elapsed + Duration;
        var clients = Enumerable.Range(0, Clients)
            .Select(i => Task.Factory.StartNew(() => RunClient(server, i % 2 == 0 ? ConsoleSuite.Suite3 : ConsoleSuite.Suite17, clock, deadline),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        var results = await Task.WhenAll(clients).WaitAsync(Duration + TimeSpan.FromSeconds(30));

        var channel = await Ipmitool.RunAsync(sidecar.Port, "17", "admin", "ipmisidecar", "channel", "info", "1");
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stopSampling.CancelAsync();
        await sampling;

        var sessions = results.Sum(r => r.Sessions);
        var commands = results.Sum(r => r.Commands);
        var failures = results.SelectMany(r => r.Failures).ToArray();
        var afterWarmUp = memory.Samples.Where(s => s.At >= WarmUp).ToArray();
        var baseline = afterWarmUp[0].Kilobytes;
        var peak = afterWarmUp.Max(s => s.Kilobytes);
        TestContext.Out.WriteLine($"{sessions} sessions, {commands} commands in {Duration.TotalSeconds} s by {Clients} clients; " +
                                  $"VmRSS {memory.Samples[0].Kilobytes / 1024.0:F1} MB at start, {baseline / 1024.0:F1} MB after warm-up, " +
                                  $"peak {peak / 1024.0:F1} MB, last {memory.Samples[^1].Kilobytes / 1024.0:F1} MB");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failures, Is.Empty, "failed steps");
            Assert.That(results.Select(r => r.Sessions), Is.All.GreaterThan(0), "every client completed sessions");
            Assert.That(channel.ExitCode, Is.Zero, channel.ToString);
            Assert.That(ActiveSessions().Match(channel.StdOut).Groups[1].Value, Is.EqualTo("1"), channel.ToString);
            Assert.That(peak - baseline, Is.LessThan(MemoryGrowthBoundKilobytes), "VmRSS growth after warm-up, kB");
        }
    }

    private sealed record ClientResult(int Sessions, int Commands, IReadOnlyList<string> Failures);

    private static ClientResult RunClient(IPEndPoint server, ConsoleSuite suite, Stopwatch clock, TimeSpan deadline)
    {
        var (sessions, commands, failures) = (0, 0, new List<string>());
        while (clock.Elapsed < deadline && failures.Count == 0)
        {
            using var console = new UdpConsole(server, new RmcpPlusConsole(suite, "admin", "ipmisidecar"), TimeSpan.FromSeconds(2));
            if (!console.TryLogin())
            {
                failures.Add($"suite {suite.Id}: login {sessions + 1} failed ({console.Timeouts} timeouts)");
                break;
            }
            for (var i = 0; i < CommandsPerSession; i++)
            {
                var (netFn, command, data) = Mix[i % Mix.Length];
                if (console.TryCommand(netFn, command, data, out _))
                    commands++;
                else
                    failures.Add($"suite {suite.Id}: {netFn}/0x{command:X2} failed in session {sessions + 1} ({console.Timeouts} timeouts)");
            }
            if (console.TryClose())
                sessions++;
            else
                failures.Add($"suite {suite.Id}: close of session {sessions + 1} failed");
        }
        return new ClientResult(sessions, commands, failures);
    }

    [GeneratedRegex(@"Active Session Count\s*:\s*(\d+)")]
    private static partial Regex ActiveSessions();
}

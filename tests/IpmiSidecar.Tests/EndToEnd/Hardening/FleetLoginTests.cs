using System.Diagnostics;
using System.Net;
using IpmiLoad.Client;
using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Hardening;

/// <summary>
/// Fleet-scale logins against the real executable (issue 11): 64 ipmitool processes at once from one host
/// (`xargs -P 64`), alone and while another host guesses admin's password; an operator on a third host logs in
/// throughout. Hosts are loopback addresses: ipmitool sends from 127.0.0.1, the guesser from 127.0.0.2 and the
/// operator (the bench's RMCP+ console) from 127.0.0.3.
/// </summary>
[NonParallelizable]
public class FleetLoginTests
{
    private const int Parallel = 64;
    private const int Rounds = 3;
    private const string DeviceIdPrefix = "20 01 01 02 02";
    private static readonly IPAddress Guesser = IPAddress.Parse("127.0.0.2");
    private static readonly IPAddress Operator = IPAddress.Parse("127.0.0.3");

    [Test]
    public async Task Sixty_four_parallel_ipmitool_from_one_host_all_succeed_in_every_round()
    {
        await using var sidecar = await SidecarProcess.StartAsync();
        for (var round = 1; round <= Rounds; round++)
            await ExpectAllSucceed(sidecar.Port, round);
    }

    [Test]
    public async Task While_another_host_guesses_admins_password_the_fleet_and_an_operator_on_a_third_host_log_in()
    {
        await using var sidecar = await SidecarProcess.StartAsync();
        var server = new IPEndPoint(IPAddress.Loopback, sidecar.Port);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var guesses = Task.Factory.StartNew(() => Guess(server, stop.Token), TaskCreationOptions.LongRunning);
        var logins = Task.Factory.StartNew(() => OperatorLogins(server, stop.Token), TaskCreationOptions.LongRunning);
        try
        {
            for (var round = 1; round <= Rounds; round++)
                await ExpectAllSucceed(sidecar.Port, round);
        }
        finally
        {
            await stop.CancelAsync();
        }
        var (answered, refused) = await guesses;
        var times = await logins;
        var sorted = times.Where(t => t is not null).Select(t => t!.Value).Order().ToList();
        var p99 = sorted.Count == 0 ? TimeSpan.MaxValue : sorted[(int)Math.Ceiling(sorted.Count * 0.99) - 1];
        TestContext.Out.WriteLine($"guesser: {answered} guesses answered, {refused} refused; operator: {sorted.Count} of {times.Count} logins, " +
                                  $"p50 {sorted.ElementAtOrDefault(sorted.Count / 2).TotalMilliseconds:F1} ms, p99 {p99.TotalMilliseconds:F1} ms");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answered, Is.GreaterThan(0), "the guesser reached RAKP 3");
            Assert.That(refused, Is.GreaterThan(0), "the guesser ran out of its budget and was refused");
            Assert.That(times, Has.Count.GreaterThanOrEqualTo(20), "operator logins tried");
            // Login latency is a benchmark figure (bench/load.sh), printed above, not asserted: on a shared machine it is noise.
            Assert.That(times, Has.None.Null, "every operator login succeeded");
        }
        var admin = await Ipmitool.RunAsync(sidecar.Port, "17", "admin", "ipmisidecar", "raw", "0x06", "0x01");
        Assert.That(admin.StdOut.Trim(), Does.StartWith(DeviceIdPrefix), "admin is not locked out: " + admin);
    }

    /// <summary>One round: <see cref="Parallel"/> ipmitool at once (suites 3 and 17 alternately), each Get Device ID.</summary>
    private static async Task ExpectAllSucceed(int port, int round)
    {
        var results = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i =>
            Ipmitool.RunAsync(port, i % 2 == 0 ? "3" : "17", "admin", "ipmisidecar", "raw", "0x06", "0x01")));
        var failed = results.Where(r => r.ExitCode != 0 || !r.StdOut.Trim().StartsWith(DeviceIdPrefix, StringComparison.Ordinal)).ToList();
        Assert.That(failed, Is.Empty, $"round {round}: {failed.Count} of {Parallel} failed; first:\n{failed.FirstOrDefault()}");
    }

    /// <summary>Open Session, RAKP 1 and a wrong RAKP 3 for admin, over and over (at most 20 000 tries).</summary>
    private static (int Answered, int Refused) Guess(IPEndPoint server, CancellationToken stop)
    {
        var (answered, refused) = (0, 0);
        for (var i = 0; i < 20_000 && !stop.IsCancellationRequested; i++)
        {
            using var guesser = new UdpConsole(server, new RmcpPlusConsole(ConsoleSuite.Suite17, "admin", $"guess{i}"), TimeSpan.FromSeconds(1), Guesser);
            if (guesser.TryGuessPassword())
                answered++;
            else
                refused++;
        }
        return (answered, refused);
    }

    /// <summary>The operator's complete logins (each timed; null = failed), one every 100 ms, at most 600.</summary>
    private static List<TimeSpan?> OperatorLogins(IPEndPoint server, CancellationToken stop)
    {
        var times = new List<TimeSpan?>();
        for (var i = 0; i < 600 && !stop.IsCancellationRequested; i++)
        {
            using var console = new UdpConsole(server, new RmcpPlusConsole(ConsoleSuite.Suite3, "admin", "ipmisidecar"), TimeSpan.FromSeconds(2), Operator);
            var clock = Stopwatch.StartNew();
            var ok = console.TryLogin();
            clock.Stop();
            times.Add(ok ? clock.Elapsed : null);
            if (ok)
                console.TryClose();
            stop.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(100));
        }
        return times;
    }
}

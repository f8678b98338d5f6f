using System.Diagnostics;
using System.Net;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Rakp;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;

namespace Ipmi.Lan.Tests.Security;

/// <summary>RAKP 2 for an unknown name costs what it costs for a known one: the answer's timing tells nothing.</summary>
[NonParallelizable]
public class UnknownUserTimingTests
{
    private const int Rounds = 300;

    [Test]
    public void Unknown_and_known_names_take_the_same_time_within_a_tolerance()
    {
        using var lan = new LanFixture(o =>
        {
            o.LoginBurst = 0;
            o.MaxHalfOpenSessions = Rounds * 2;      // every round's session stays half-open (RAKP 3 never sent)
            o.MaxHalfOpenPerSource = Rounds * 2;
        });
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < Rounds * 2; i++)
        {
            var isKnown = i % 2 == 0;
            var client = new ScriptedClient(lan.Processor, new IPEndPoint(IPAddress.Loopback, 42000 + i % 2))
                .SendOpenSession(CipherSuite.Suite17).ExpectOpenSession(RmcpPlusStatus.NoErrors);
            var clock = Stopwatch.StartNew();
            client.SendRakp1(isKnown ? "admin" : "nobody", "x", PrivilegeLevel.Administrator);
            clock.Stop();
            Assert.That((RmcpPlusStatus)client.Reply[17], Is.EqualTo(isKnown ? RmcpPlusStatus.NoErrors : RmcpPlusStatus.UnauthorizedName));
            (isKnown ? known : unknown).Add(clock.Elapsed.TotalMicroseconds);
        }
        var knownMedian = Median(known[20..]);
        var unknownMedian = Median(unknown[20..]);
        Assert.That(unknownMedian / knownMedian, Is.InRange(0.5, 2.0), $"medians: known {knownMedian:F1} µs, unknown {unknownMedian:F1} µs");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;
using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd;

/// <summary>
/// The executable under a service manager, without one: the test plays systemd's part of the notify protocol
/// (sd_notify(3): a unix datagram socket named by NOTIFY_SOCKET) and of systemd.exec(5)'s environment.
/// </summary>
[NonParallelizable]
public class ServiceManagerTests
{
    /// <summary>An RMCP/ASF Presence Ping (DSP0136 §3.2.4.1 and §3.2.4.2: RMCP header, IANA 4542, type 0x80, tag 7).</summary>
    private static readonly byte[] PresencePing = [0x06, 0x00, 0xFF, 0x06, 0x00, 0x00, 0x11, 0xBE, 0x80, 0x07, 0x00, 0x00];
    private const byte PresencePongType = 0x40;

    [Test]
    public async Task Ready_is_notified_once_the_udp_port_answers_and_stopping_on_sigterm()
    {
        var directory = Directory.CreateTempSubdirectory("ipmisidecar-notify-").FullName;
        var notifyPath = Path.Combine(directory, "notify");
        using var notify = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        notify.Bind(new UnixDomainSocketEndPoint(notifyPath));
        var port = FreeUdpPort();

        // At the moment READY=1 arrives, one ping with no retry: an unbound port answers ICMP port unreachable.
        var pongAtReady = Task.Run(async () =>
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var message = await ReceiveAsync(notify, timeout.Token);
            return (message, pong: await PingAsync(port));
        });
        await using var sidecar = await SidecarProcess.StartWithEnvironmentAsync(
            new Dictionary<string, string> { [ServiceManager.NotifySocketVariable] = notifyPath }, $"--Lan:Port={port}");
        var (ready, pong) = await pongAtReady;

        Assert.That(ready, Is.EqualTo("READY=1"), sidecar.Output);
        Assert.That(pong, Is.EqualTo("pong"), sidecar.Output);
        var stopping = ReceiveAsync(notify, new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        Assert.That(await sidecar.StopAsync(TimeSpan.FromSeconds(10)), Is.Zero, sidecar.Output);
        Assert.That(await stopping, Is.EqualTo("STOPPING=1"), sidecar.Output);
    }

    [TestCase(ServiceManager.InvocationIdVariable, "0f4d3c2b1a0948f7a6b5c4d3e2f1a0b9")]
    [TestCase(ServiceManager.JournalStreamVariable, "8:123456")]
    public async Task Under_systemd_every_log_line_starts_with_its_syslog_priority(string variable, string value)
    {
        await using var sidecar = await SidecarProcess.StartWithEnvironmentAsync(new Dictionary<string, string> { [variable] = value });
        await sidecar.StopAsync(TimeSpan.FromSeconds(10));
        var lines = sidecar.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.That(lines, Has.Some.StartsWith("<4>IpmiSidecar[2] No users configured"), sidecar.Output); // warning
        Assert.That(lines, Has.Some.Match(@"^<6>\S+\[\d+\] Listening on 127\.0\.0\.1:\d+"), sidecar.Output); // informational
        Assert.That(lines, Has.All.Match(@"^<[0-7]>"), sidecar.Output);
    }

    [Test]
    public async Task Outside_systemd_log_lines_carry_a_time_and_a_level_word()
    {
        await using var sidecar = await SidecarProcess.StartAsync();
        Assert.That(sidecar.Output, Does.Match(@"(?m)^\d\d:\d\d:\d\d\.\d{3} warn: IpmiSidecar\[2\] No users configured"));
        Assert.That(sidecar.Output, Does.Not.Match(@"(?m)^<\d>"));
    }

    private static int FreeUdpPort()
    {
        using var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.Client.LocalEndPoint!).Port;
    }

    private static async Task<string> ReceiveAsync(Socket socket, CancellationToken cancellation)
    {
        var buffer = new byte[4096];
        var length = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellation);
        return Encoding.ASCII.GetString(buffer, 0, length).Trim();
    }

    private static async Task<string> PingAsync(int port)
    {
        using var udp = new UdpClient();
        udp.Connect(IPAddress.Loopback, port);
        await udp.SendAsync(PresencePing);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var answer = await udp.ReceiveAsync(timeout.Token);
            return answer.Buffer.Length > 8 && answer.Buffer[8] == PresencePongType ? "pong" : $"not a pong: {Convert.ToHexString(answer.Buffer)}";
        }
        catch (SocketException e)
        {
            return $"no pong: {e.SocketErrorCode}";
        }
        catch (OperationCanceledException)
        {
            return "no pong within 5 s";
        }
    }
}

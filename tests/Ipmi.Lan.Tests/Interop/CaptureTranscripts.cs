using System.Diagnostics;

namespace Ipmi.Lan.Tests.Interop;

/// <summary>
/// Makes the suite-17 fixture ipmi_sim cannot (it has no SHA-256): ipmitool -vvvv against our in-process
/// listener, with tcpdump on lo. ipmitool computes SIK, K1, K2 and every MAC on its own and prints them,
/// so the transcript checks us against an independent implementation. Run by hand:
/// <c>LAN_CAPTURE_DIR=fixtures/ipmitool-1.8.19 dotnet test --filter Capture_suite_17_transcript</c>.
/// </summary>
[TestFixture, Explicit("writes fixture files"), NonParallelizable]
public class CaptureTranscripts
{
    [Test]
    public async Task Capture_suite_17_transcript()
    {
        var directory = Environment.GetEnvironmentVariable("LAN_CAPTURE_DIR");
        if (string.IsNullOrEmpty(directory))
            Assert.Ignore("set LAN_CAPTURE_DIR");
        await using var host = await ListenerHost.StartAsync();
        var pcap = Path.Combine(Path.GetTempPath(), $"lan-cs17-{host.Port}.pcap");
        using var tcpdump = Process.Start(new ProcessStartInfo("tcpdump", $"-i lo -U --immediate-mode -w {pcap} udp port {host.Port}")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        // tcpdump reports "listening on lo" on stderr once it captures.
        await tcpdump.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var command = $"-I lanplus -vvvv -C 17 -H 127.0.0.1 -p {host.Port} -U admin -P secret raw 0x06 0x01";
        var result = await ClientProcess.RunAsync("ipmitool", command, TimeSpan.FromSeconds(20));
        await Task.Delay(500);
        (await ClientProcess.RunAsync("kill", $"-INT {tcpdump.Id}", TimeSpan.FromSeconds(5))).ToString();
        await tcpdump.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var decode = await ClientProcess.RunAsync("python3",
            $"{Path.GetFullPath(Path.Combine(directory!, "../../bench/ipmi_sim/capture/pcap_to_datagrams.py"))} {pcap} {host.Port}", TimeSpan.FromSeconds(10));
        var header = string.Join('\n',
            $"# Command: ipmitool {command.Replace(host.Port.ToString(), "PORT")}",
            $"# Exit status: {result.ExitCode}",
            "# Password used: secret (user admin, ADMINISTRATOR), no K_G",
            $"# Date (UTC): {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}",
            "# Client: ipmitool version 1.8.19 (Debian ipmitool 1.8.19-4+deb12u2)",
            $"# Server: IpmiSidecar Ipmi.Lan UdpListener in-process on 127.0.0.1 (ephemeral port {host.Port}), BMC GUID 49504d4953494445434152504545521a",
            "# Made by: tests/Ipmi.Lan.Tests/Interop/CaptureTranscripts.cs (ipmi_sim has no SHA-256, so suite 17 is captured against our own server;",
            "#   ipmitool computes and prints SIK, K1, K2 and the RAKP MAC inputs independently of our code)",
            "# Captured with: tcpdump -i lo udp port PORT, decoded by bench/ipmi_sim/capture/pcap_to_datagrams.py");
        await File.WriteAllTextAsync(Path.Combine(directory!, "lanplus-cs17-raw-get-device-id-ipmisidecar.vvvv.txt"),
            header + "\n# Content: the client's stdout and stderr, verbatim, below this header.\n" + result.Output + result.Error);
        await File.WriteAllTextAsync(Path.Combine(directory!, "lanplus-cs17-raw-get-device-id-ipmisidecar.datagrams.txt"),
            header + "\n# Content: UDP payloads in capture order; C>S = client to server, S>C = server to client.\n" + decode.Output);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
    }
}

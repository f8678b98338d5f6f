using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd;

/// <summary>
/// Prometheus ipmi_exporter (Debian prometheus-ipmi-exporter 1.6, FreeIPMI underneath) scraping the sidecar as a
/// remote target, every collector on, at USER privilege as a monitoring account would.
/// </summary>
[NonParallelizable]
public class PrometheusExporterTests
{
    private const string Exporter = "/usr/bin/prometheus-ipmi-exporter";

    [Test]
    public async Task Remote_scrape_reports_every_collector_up_with_the_demo_values()
    {
        if (!File.Exists(Exporter))
            Assert.Ignore("prometheus-ipmi-exporter is not installed; ./test.sh installs it");
        await using var sidecar = await SidecarProcess.StartAsync();
        await DemoHost.PowerOnAsync(sidecar.Port); // fans and host rails read only with the host on
        var config = Path.Combine(sidecar.StateDirectory, "ipmi_exporter.yml");
        await File.WriteAllTextAsync(config, """
            modules:
              default:
                user: "admin"
                pass: "ipmisidecar"
                driver: "LAN_2_0"
                privilege: "user"
                timeout: 10000
                collectors: [bmc, ipmi, chassis, dcmi, sel]
            """);
        var port = FreeTcpPort();
        using var exporter = Process.Start(new ProcessStartInfo(Exporter)
        {
            ArgumentList = { $"--config.file={config}", $"--web.listen-address=127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            var metrics = await ScrapeAsync(port, $"127.0.0.1:{sidecar.Port}");
            foreach (var collector in new[] { "bmc", "ipmi", "chassis", "dcmi", "sel" })
                Assert.That(metrics, Does.Contain($"ipmi_up{{collector=\"{collector}\"}} 1"), metrics);
            Assert.That(metrics, Does.Contain("ipmi_bmc_info{firmware_revision=\"1.02\""), metrics);
            var inlet = Value(metrics, "ipmi_temperature_celsius{id=\"1\",name=\"Inlet Temp\"}");
            Assert.That(inlet, Is.InRange(15.0, 45.0), metrics);
            Assert.That(Value(metrics, "ipmi_dcmi_power_consumption_watts"), Is.GreaterThan(0), metrics);
            Assert.That(metrics, Does.Match(@"ipmi_voltage_volts\{id=""\d+"",name=""12V""\}"));
            Assert.That(metrics, Does.Match(@"ipmi_fan_speed_rpm\{id=""\d+"",name=""Fan 1""\}"));
        }
        finally
        {
            exporter.Kill();
            await exporter.WaitForExitAsync();
        }
    }

    private static async Task<string> ScrapeAsync(int exporterPort, string target)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var url = $"http://127.0.0.1:{exporterPort}/ipmi?target={target}";
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await http.GetStringAsync(url);
            }
            catch (HttpRequestException) when (attempt < 50)
            {
                await Task.Delay(100); // the exporter is still starting
            }
        }
    }

    private static double Value(string metrics, string series)
    {
        var line = metrics.Split('\n').FirstOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal));
        Assert.That(line, Is.Not.Null, $"no {series} in\n{metrics}");
        return double.Parse(line![(series.Length + 1)..], CultureInfo.InvariantCulture);
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

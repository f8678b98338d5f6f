using System.Diagnostics;
using Oem.Tests.Support;

namespace Oem.Tests.Simulation;

public class FreeIpmiFruTests
{
    [Test, Description("FreeIPMI's own FRU parser (ipmi-fru --fru-file, freeipmi-tools) decodes the demo EEPROM image")]
    public async Task Ipmi_fru_decodes_the_demo_image()
    {
        if (!File.Exists("/usr/sbin/ipmi-fru"))
            Assert.Ignore("ipmi-fru (freeipmi-tools) is not installed; ./test.sh installs it");
        var time = new ManualTimeProvider();
        await using var node = DemoNode.Create(time);
        var path = Path.Combine(Path.GetTempPath(), $"demo-fru-{Environment.ProcessId}.bin");
        await File.WriteAllBytesAsync(path, await node.Fru!.ReadAsync(0, node.Fru.Size));
        try
        {
            var start = new ProcessStartInfo("/usr/sbin/ipmi-fru", ["--fru-file", path]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            Assert.That(process.WaitForExit(10_000), Is.True);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(process.ExitCode, Is.Zero, errors);
                Assert.That(output, Does.Contain("Board Manufacturer: IpmiSidecar"));
                Assert.That(output, Does.Contain("Board Product Name: demo-1u board"));
                Assert.That(output, Does.Contain("Product Name: demo-1u"));
                Assert.That(output, Does.Contain("Product Version: 1.02"));
                Assert.That(output, Does.Contain("Board Manufacturing Date/Time: 01/01/25"));
                Assert.That(output, Does.Not.Contain("checksum").IgnoreCase);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}

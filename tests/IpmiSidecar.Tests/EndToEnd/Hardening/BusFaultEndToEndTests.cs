using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Hardening;

/// <summary>
/// DESIGN.md, Reliability, with the real ipmitool 1.8.19 against the executable running demo-1u variants whose
/// simulated bus carries faults from the profile: every command answers well inside ipmitool's retry budget (1 s per
/// try, 4 retries) with the completion code DESIGN names (0xCE response unavailable, 0x83 NAK on Master Write-Read,
/// 0xC3 timeout) or "reading unavailable", and what does not need the faulty chip — SDR, SEL, boot options, other
/// chips — keeps working.
/// </summary>
[NonParallelizable]
public class BusFaultEndToEndTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    private static readonly string[] ReadFru = ["raw", "0x0a", "0x11", "0x00", "0x00", "0x00", "0x10"];
    private static readonly string[] WriteFru = ["raw", "0x0a", "0x12", "0x00", "0xf0", "0x00", "0xaa"];
    private static readonly string[] MasterWriteRead = ["raw", "0x06", "0x52", "0x03", "0xa0", "0x04", "0x00"];
    /// <summary>Get Sensor Reading of PSU1 Input (sensor 9): byte 2 = E0h is scanning + events enabled + reading unavailable.</summary>
    private static readonly string[] PsuReading = ["raw", "0x04", "0x2d", "0x09"];

    /// <summary>One command and what its answer must contain; <paramref name="Succeeds"/> is ipmitool's exit status.</summary>
    public sealed record Row(string[] Command, bool Succeeds, string Expected)
    {
        public override string ToString() => string.Join(' ', Command);
    }

    private static Row Ok(string expected, params string[] command) => new(command, true, expected);

    private static Row Fails(string expected, params string[] command) => new(command, false, expected);

    private static IEnumerable<TestCaseData> Profiles()
    {
        yield return new TestCaseData((object)new[] { """{ "kind": "nack", "address": "0x20" }""", """{ "kind": "nack-after-bytes", "address": "0x50", "afterBytes": 1 }""", """{ "kind": "bad-pec", "address": "0x58" }""" },
            new[]
            {
                Fails("Command response could not be provided", "chassis", "status"),
                Fails("Command response could not be provided", "chassis", "power", "on"),
                Fails("Command response could not be provided", "chassis", "identify"),
                Fails("rsp=0xce", WriteFru),
                Ok("Product Name          : demo-1u", "fru", "print", "0"),
                Ok(" 01 00 00 01", MasterWriteRead),
                Ok(" 00 e0 c0", PsuReading),
                Ok("deactivated", "dcmi", "power", "reading"),
                Ok("Status                : ok", "sdr", "get", "Inlet Temp"),
                Ok("", RawRequests.AddSelEntry),
                Ok("Entries          :", "sel", "info"),
            }).SetName("Nack_on_the_gpio_expander_nack_after_one_byte_on_the_eeprom_bad_pec_on_the_psu");
        yield return new TestCaseData((object)new[] { """{ "kind": "nack", "address": "0x50" }""", """{ "kind": "corrupt-byte", "address": "0x58", "byteIndex": 0 }""", """{ "kind": "nack", "address": "0x48" }""" },
            new[]
            {
                Fails("rsp=0x83", MasterWriteRead),
                Fails("rsp=0xce", ReadFru),
                Fails("rsp=0xce", WriteFru),
                Ok("Status                : Not Available", "sdr", "get", "Inlet Temp"),
                Ok(" 00 e0 c0", PsuReading),
                Ok("System Power         : off", "chassis", "status"),
                Ok("", RawRequests.AddSelEntry),
            }).SetName("Nack_on_the_eeprom_and_inlet_sensor_corrupt_byte_on_the_psu");
        foreach (var kind in new[] { "timeout", "stuck-bus" })
        {
            yield return new TestCaseData((object)new[] { $$"""{ "kind": "{{kind}}" }""" },
                new[]
                {
                    Fails("Timeout", "chassis", "status"),
                    Fails("rsp=0xc3", MasterWriteRead),
                    Fails("rsp=0xc3", ReadFru),
                    Fails("rsp=0xc3", WriteFru),
                    Ok("no reading", "sdr", "list"),
                    Ok("deactivated", "dcmi", "power", "reading"),
                    Ok("", RawRequests.AddSelEntry),
                    Ok("Set Boot Device to pxe", "chassis", "bootdev", "pxe"),
                    Ok("Boot Device Selector : Force PXE", "chassis", "bootparam", "get", "5"),
                }).SetName($"Persistent_{kind.Replace('-', '_')}_on_every_address");
        }
        yield return new TestCaseData((object)new[] { """{ "kind": "stuck-bus", "address": "0x50", "once": true }""" },
            new[]
            {
                Fails("rsp=0xc3", ReadFru),
                Ok(" 10 01 00 00 01", ReadFru),
                Ok(" 01 00 00 01", MasterWriteRead),
                Ok("System Power         : off", "chassis", "status"),
            }).SetName("Stuck_bus_once_is_recovered_for_the_next_command");
    }

    [TestCaseSource(nameof(Profiles))]
    public async Task Every_command_answers_in_time_with_the_expected_result(string[] faults, Row[] rows)
    {
        await using var sidecar = await SidecarProcess.StartAsync($"--Platform:Profile={FaultyProfile.Write(faults)}");
        var results = new List<ToolResult>();
        foreach (var row in rows)
            results.Add(await Ipmitool.RunAsync(sidecar.Port, "17", "admin", "ipmisidecar", row.Command));

        using (Assert.EnterMultipleScope())
        {
            for (var i = 0; i < rows.Length; i++)
            {
                var (row, result) = (rows[i], results[i]);
                Assert.That(result.Elapsed, Is.LessThan(Budget), result.ToString);
                Assert.That(result.ExitCode == 0, Is.EqualTo(row.Succeeds), result.ToString);
                Assert.That(result.Output, Does.Contain(row.Expected), result.ToString);
            }
        }
        Assert.That(sidecar.Output, Does.Not.Contain("Unhandled exception"));
    }
}

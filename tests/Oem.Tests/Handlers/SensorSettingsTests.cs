using Ipmi.Protocol;
using Ipmi.Protocol.Sdr;
using Oem.Node;
using Oem.Platform;
using Oem.State;
using Oem.Tests.Handlers.Support;

namespace Oem.Tests.Handlers;

/// <summary>
/// Thresholds (Set Sensor Thresholds, IPMI v2.0 §35.8) and hysteresis (Set Sensor Hysteresis, §35.6) set over IPMI:
/// saved in sensor-settings.json before they take effect, in force after a restart, used by the threshold events,
/// and refused without any change when the save fails.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SensorSettingsTests : IDisposable
{
    private readonly HandlerHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static Task<(CompletionCode Code, byte[] Data)> Sensor(HandlerHarness harness, byte command, string data,
        PrivilegeLevel privilege = PrivilegeLevel.Operator) =>
        harness.CallAsync(NetFn.SensorEvent, command, data, privilege);

    private static async Task<FullSensorRecord> InletRecordAsync(HandlerHarness harness)
    {
        var (_, data) = await harness.CallAsync(NetFn.Storage, 0x23, "00 00 01 00 00 ff");
        Assert.That(FullSensorRecord.TryParse(data.AsSpan(2), out var record), Is.True);
        return record;
    }

    /// <summary>Set Sensor Thresholds for the inlet sensor (number 1): upper non-critical only (mask 0x08).</summary>
    private async Task<string> UpperNonCriticalRequestAsync(double celsius) =>
        $"01 08 00 00 00 {(await InletRecordAsync(_harness)).Conversion.ToRaw(celsius):x2} 00 00";

    private string AwayDirectory => _harness.StateDirectory + ".away";

    [Test]
    public async Task Sdr_declares_hysteresis_readable_and_settable()
    {
        var record = await InletRecordAsync(_harness);
        Assert.That(record.Capabilities & 0x30, Is.EqualTo(0x20), "byte 12 [5:4] = 10b (§43.1)");
    }

    [Test]
    public async Task Set_hysteresis_needs_operator_and_shows_in_get_and_the_sdr()
    {
        Assert.That((await Sensor(_harness, 0x24, "01 ff 04 06", PrivilegeLevel.User)).Code, Is.EqualTo(CompletionCode.InsufficientPrivilege));
        Assert.That((await Sensor(_harness, 0x24, "01 ff 04 06")).Code, Is.EqualTo(CompletionCode.Normal));

        Assert.That(Hex.Of((await Sensor(_harness, 0x25, "01 ff", PrivilegeLevel.User)).Data), Is.EqualTo("04 06"));
        var record = await InletRecordAsync(_harness);
        Assert.That((record.PositiveHysteresis, record.NegativeHysteresis), Is.EqualTo(((byte)4, (byte)6)));
        Assert.That(_harness.Node.Cache.GetHysteresis(0), Is.EqualTo(new ThresholdHysteresis(2, 3)), "counts of 0.5 °C");
    }

    [TestCase("09 ff 01 01", CompletionCode.RequestedDataNotPresent)]
    [TestCase("01 ff 01", CompletionCode.RequestDataLengthInvalid)]
    public async Task Set_hysteresis_failures(string request, CompletionCode expected) =>
        Assert.That((await Sensor(_harness, 0x24, request)).Code, Is.EqualTo(expected));

    [Test, Description("Upper non-critical 40 °C: with 3 °C negative-going hysteresis it deasserts below 37 °C, not at 39.")]
    public async Task Hysteresis_set_over_ipmi_decides_when_a_threshold_deasserts()
    {
        var crossings = new List<(double Value, bool Asserted)>();
        _harness.Node.Cache.ThresholdCrossed += (_, c) =>
        {
            if (c.Level == ThresholdLevel.UpperNonCritical)
                crossings.Add((c.Value, c.Asserted));
        };
        Assert.That((await Sensor(_harness, 0x24, "01 ff 00 06")).Code, Is.EqualTo(CompletionCode.Normal));

        foreach (var celsius in new[] { 25.0, 41, 38.5, 37.5, 36.5 })
            _harness.Node.Cache.Record(0, celsius, _harness.Time.GetUtcNow());

        Assert.That(crossings, Is.EqualTo(new[] { (41.0, true), (36.5, false) }));
    }

    [Test]
    public async Task Thresholds_and_hysteresis_set_over_ipmi_survive_a_restart()
    {
        Assert.That((await Sensor(_harness, 0x26, await UpperNonCriticalRequestAsync(42))).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That((await Sensor(_harness, 0x24, "01 ff 04 06")).Code, Is.EqualTo(CompletionCode.Normal));

        var restarted = new HandlerHarness(new FakeNode(), stateDirectory: _harness.StateDirectory);
        try
        {
            Assert.That(restarted.Node.Cache.GetThresholds(0),
                Is.EqualTo(new SensorThresholds { UpperNonCritical = 42, UpperCritical = 45, UpperNonRecoverable = 50 }),
                "the level set over IPMI, the profile's others");
            Assert.That(restarted.Node.Cache.GetHysteresis(0), Is.EqualTo(new ThresholdHysteresis(2, 3)));
            var record = await InletRecordAsync(restarted);
            Assert.That(record.Conversion.ToValue(record.Thresholds.UpperNonCritical), Is.EqualTo(42).Within(0.25));
            Assert.That(record.NegativeHysteresis, Is.EqualTo(6));
            Assert.That(restarted.Node.Cache.GetThresholds(1), Is.EqualTo(FakeNode.Fan.Thresholds), "other sensors keep the profile's");
        }
        finally
        {
            restarted.Handlers.Dispose();
        }
    }

    [Test]
    public async Task Thresholds_that_cannot_be_saved_are_refused_and_left_as_they_were()
    {
        var request = await UpperNonCriticalRequestAsync(42);
        var before = await InletRecordAsync(_harness);
        Directory.Move(_harness.StateDirectory, AwayDirectory);
        try
        {
            Assert.That(async () => await Sensor(_harness, 0x26, request), Throws.InstanceOf<StateWriteException>(),
                "the dispatcher's CompletionCodeMapper answers it with 0xC4 or 0xFF");
            Assert.That(_harness.Node.Cache.GetThresholds(0), Is.EqualTo(FakeNode.InletTemp.Thresholds));
            Assert.That((await InletRecordAsync(_harness)).Thresholds, Is.EqualTo(before.Thresholds));
        }
        finally
        {
            Directory.Move(AwayDirectory, _harness.StateDirectory);
        }
        Assert.That((await Sensor(_harness, 0x26, request)).Code, Is.EqualTo(CompletionCode.Normal), "writes resume once the directory is back");
        Assert.That(_harness.Node.Cache.GetThresholds(0).UpperNonCritical, Is.EqualTo(42));
    }

    [Test]
    public async Task Hysteresis_that_cannot_be_saved_is_refused_and_left_as_it_was()
    {
        Directory.Move(_harness.StateDirectory, AwayDirectory);
        try
        {
            Assert.That(async () => await Sensor(_harness, 0x24, "01 ff 04 06"), Throws.InstanceOf<StateWriteException>());
            Assert.That(_harness.Node.Cache.GetHysteresis(0), Is.EqualTo(new ThresholdHysteresis(1, 1)));
            Assert.That(Hex.Of((await Sensor(_harness, 0x25, "01 ff", PrivilegeLevel.User)).Data), Is.EqualTo("02 02"));
        }
        finally
        {
            Directory.Move(AwayDirectory, _harness.StateDirectory);
        }
    }

    [Test]
    public void Saved_thresholds_out_of_order_with_the_profile_are_not_used()
    {
        File.WriteAllText(Path.Combine(_harness.StateDirectory, "sensor-settings.json"),
            """{ "sensors": { "Inlet Temp": { "thresholds": { "upperNonCritical": 48 } }, "Fan 1": { "thresholds": { "lowerNonCritical": 2000 } } } }""");

        var restarted = new HandlerHarness(new FakeNode(), stateDirectory: _harness.StateDirectory);
        try
        {
            Assert.That(restarted.Node.Cache.GetThresholds(0), Is.EqualTo(FakeNode.InletTemp.Thresholds), "48 is above upper critical 45");
            Assert.That(restarted.Node.Cache.GetThresholds(1).LowerNonCritical, Is.EqualTo(2000));
        }
        finally
        {
            restarted.Handlers.Dispose();
        }
    }
}

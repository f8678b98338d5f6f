using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Sensors;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.SensorEvent;

public class PlatformEventMessageTests : WireVectorTests<PlatformEventMessageRequest>
{
    protected override Parser Parse => PlatformEventMessageRequest.TryParse;
    protected override int Length(PlatformEventMessageRequest value) => value.Length;
    protected override int Write(PlatformEventMessageRequest value, Span<byte> destination) => value.WriteTo(destination);

    // ipmitool 1.8.19 lib/ipmi_event.c, `ipmitool event 1` and `event 2` (sample events): over LAN no
    // generator ID; on the system interface it prepends EVENT_GENERATOR(SMS, 0) = 0x41.
    private static readonly EventMessage TemperatureUpperCriticalGoingHigh =
        new(0x04, SensorType.Temperature, 0x30, false, EventReadingType.Threshold, 0x09);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("04 01 30 01 09 FF FF", new(null, TemperatureUpperCriticalGoingHigh), "ipmitool event 1 over LAN");
        yield return Vector("41 04 01 30 01 09 FF FF", new(0x41, TemperatureUpperCriticalGoingHigh), "ipmitool event 1 on system interface");
        yield return Vector("04 02 60 01 02 FF FF",
            new(null, new EventMessage(0x04, SensorType.Voltage, 0x60, false, EventReadingType.Threshold, 0x02)), "ipmitool event 2");
        yield return Vector("04 01 30 81 09 FF FF",
            new(null, TemperatureUpperCriticalGoingHigh with { Deassertion = true }), "deassertion");
    }

    [TestCase("04 01 30 01 09 FF")]
    [TestCase("41 04 01 30 01 09 FF FF 00")]
    public void TryParse_wrong_length_fails(string hex) =>
        Assert.That(PlatformEventMessageRequest.TryParse(Hex.Bytes(hex), out _), Is.False);
}

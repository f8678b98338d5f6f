using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Sensors;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oem.Handlers.Sel;
using Oem.Node;

namespace Oem.Handlers.Sensors;

/// <summary>
/// Logs every threshold crossing the node reports as a SEL system event (IPMI v2.0 §29.7, Table 29-6): threshold
/// event type 01h, the offset of the crossed threshold, event data 2 = the trigger reading and data 3 = the
/// threshold, both raw through the sensor's SDR conversion; a recovery is the deassertion of the same offset.
/// </summary>
public sealed class ThresholdEventLogger(ISensorSource sensors, SdrRepository repository, SelStore sel, ILogger<ThresholdEventLogger> logger)
    : IHostedService
{
    /// <summary>Event data 1 [7:6] = 01b trigger reading in byte 2, [5:4] = 01b trigger threshold in byte 3.</summary>
    private const byte ReadingAndThresholdInData = 0x50;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        sensors.ThresholdCrossed += OnCrossed;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        sensors.ThresholdCrossed -= OnCrossed;
        return Task.CompletedTask;
    }

    /// <summary>The event a crossing becomes (public so tests can check the bytes without a SEL).</summary>
    public EventMessage ToEvent(ThresholdCrossing crossing)
    {
        var conversion = repository.ConversionOf(crossing.SensorIndex);
        var sensor = sensors.Sensors[crossing.SensorIndex];
        return new EventMessage(
            EventMessage.IpmiV2Revision, SensorRecords.TypeOf(sensor.Kind), BmcSensorNumbers.ForIndex(crossing.SensorIndex),
            Deassertion: !crossing.Asserted, EventReadingType.Threshold,
            (byte)(ReadingAndThresholdInData | ThresholdEvents.Offset(crossing.Level)),
            conversion.ToRaw(crossing.Value), conversion.ToRaw(crossing.Threshold));
    }

    private void OnCrossed(object? sender, ThresholdCrossing crossing)
    {
        if (sel.LogSystemEvent(ToEvent(crossing)) is null)
            HandlerLog.SelFull(logger, sel.Capacity);
    }
}

using I2cBridge;
using Microsoft.Extensions.Logging;

namespace Oem.Node;

/// <summary>The node layer's log messages, with fixed event IDs (4000-4099).</summary>
internal static partial class NodeLog
{
    [LoggerMessage(4001, LogLevel.Warning, "Sensor '{Sensor}' is unavailable ({Failure}): {Detail}")]
    public static partial void SensorUnavailable(ILogger logger, string sensor, I2cFailure failure, string detail);

    [LoggerMessage(4002, LogLevel.Information, "Sensor '{Sensor}' reads again")]
    public static partial void SensorRecovered(ILogger logger, string sensor);

    [LoggerMessage(4003, LogLevel.Warning, "Chassis power state unreadable ({Failure}: {Detail}); main-domain sensors keep the last known state")]
    public static partial void HostPowerUnknown(ILogger logger, I2cFailure failure, string detail);

    [LoggerMessage(4010, LogLevel.Information, "Chassis power {Action} ({Cause})")]
    public static partial void PowerAction(ILogger logger, string action, RestartCause cause);

    [LoggerMessage(4011, LogLevel.Warning, "Chassis power {Action} was not confirmed: {Detail}")]
    public static partial void PowerNotConfirmed(ILogger logger, string action, string detail);

    [LoggerMessage(4012, LogLevel.Information, "Host powered on without a command: counted as a power button press")]
    public static partial void PowerOnObserved(ILogger logger);

    [LoggerMessage(4020, LogLevel.Information, "Node '{Name}': {Buses} bus(es), {Sensors} sensor(s), power {Power}, FRU {Fru}, identify {Identify}")]
    public static partial void NodeCreated(ILogger logger, string name, int buses, int sensors, bool power, bool fru, bool identify);
}

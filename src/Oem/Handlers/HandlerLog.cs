using Microsoft.Extensions.Logging;

namespace Oem.Handlers;

/// <summary>The IPMI handlers' log messages, with fixed event IDs (4100-4199).</summary>
internal static partial class HandlerLog
{
    [LoggerMessage(4101, LogLevel.Warning, "Chassis control {Action} failed after it was acknowledged: {Detail}")]
    public static partial void BackgroundPowerActionFailed(ILogger logger, string action, string detail);

    [LoggerMessage(4102, LogLevel.Warning, "Watchdog expired ({Use}); action {Action}")]
    public static partial void WatchdogExpired(ILogger logger, string use, string action);

    [LoggerMessage(4103, LogLevel.Warning, "Watchdog action {Action} failed: {Detail}")]
    public static partial void WatchdogActionFailed(ILogger logger, string action, string detail);

    [LoggerMessage(4104, LogLevel.Warning, "The SEL is full ({Capacity} entries); event dropped")]
    public static partial void SelFull(ILogger logger, int capacity);

    [LoggerMessage(4107, LogLevel.Warning, "The SEL cannot be saved ({Detail}); events the BMC logs are kept in memory and saving is retried every {Seconds} s")]
    public static partial void SelUnsaved(ILogger logger, string detail, double seconds);

    [LoggerMessage(4108, LogLevel.Information, "The SEL is saved again, with the {Events} events kept in memory meanwhile")]
    public static partial void SelSavedAgain(ILogger logger, int events);

    [LoggerMessage(4109, LogLevel.Warning, "The power-on hours counter cannot be saved ({Detail}); it keeps counting in memory and is saved once writes succeed")]
    public static partial void PohSaveFailed(ILogger logger, string detail);

    [LoggerMessage(4110, LogLevel.Information, "The power-on hours counter is saved again")]
    public static partial void PohSavedAgain(ILogger logger);

    [LoggerMessage(4111, LogLevel.Information, "Sensor '{Sensor}': thresholds and hysteresis set over IPMI restored from {Path}")]
    public static partial void SensorSettingsRestored(ILogger logger, string sensor, string path);

    [LoggerMessage(4112, LogLevel.Warning, "Sensor '{Sensor}': a setting saved in {Path} no longer fits the profile and is not used ({Problem})")]
    public static partial void SensorSettingIgnored(ILogger logger, string sensor, string path, string problem);

    [LoggerMessage(4113, LogLevel.Warning, "The last power state cannot be saved ({Detail}); the restore policy 'previous' may act on an older one until a save succeeds")]
    public static partial void PowerStateSaveFailed(ILogger logger, string detail);

    [LoggerMessage(4114, LogLevel.Information, "The last power state is saved again")]
    public static partial void PowerStateSavedAgain(ILogger logger);

    [LoggerMessage(4115, LogLevel.Information, "Host is off at start-up and the power restore policy is {Policy} (last power state: {Last}): powering it on")]
    public static partial void RestoringPower(ILogger logger, string policy, string last);

    [LoggerMessage(4116, LogLevel.Information, "Host is off at start-up; the power restore policy {Policy} (last power state: {Last}) leaves it off")]
    public static partial void LeavingPowerOff(ILogger logger, string policy, string last);

    [LoggerMessage(4117, LogLevel.Warning, "Applying the power restore policy failed: {Detail}")]
    public static partial void PowerRestoreFailed(ILogger logger, string detail);

    [LoggerMessage(4105, LogLevel.Warning, "Reading chassis power for the power-on hours counter failed: {Detail}")]
    public static partial void PohSampleFailed(ILogger logger, string detail);

    [LoggerMessage(4106, LogLevel.Warning, "Setting the identify LED failed: {Detail}")]
    public static partial void IdentifyFailed(ILogger logger, string detail);
}

using Microsoft.Extensions.Logging;

namespace Oem.PassThrough;

/// <summary>The pass-through layer's log messages, with fixed event IDs (4300-4399).</summary>
internal static partial class PassThroughLog
{
    [LoggerMessage(4301, LogLevel.Information, "Node '{Name}' forwards to an {Kind} BMC at 7-bit 0x{Address:X2} on bus {Bus}{Simulated}")]
    public static partial void NodeCreated(ILogger logger, string name, string kind, int address, int bus, string simulated);

    [LoggerMessage(4310, LogLevel.Information, "SDR cache filled: {Records} record(s) in {ElapsedMs:0} ms, {Chunk}-byte Get SDR reads")]
    public static partial void SdrCacheFilled(ILogger logger, int records, double elapsedMs, int chunk);

    [LoggerMessage(4311, LogLevel.Information, "The BMC's SDR repository changed (addition {Addition:X8}, erase {Erase:X8}); reading it again")]
    public static partial void SdrRepositoryChanged(ILogger logger, uint addition, uint erase);

    [LoggerMessage(4312, LogLevel.Warning, "SDR cache not filled, requests are forwarded: {Detail}")]
    public static partial void SdrCacheFillFailed(ILogger logger, string detail, Exception exception);

    [LoggerMessage(4313, LogLevel.Information, "The BMC's SDR repository changed while it was read; the cache stays empty until the next check")]
    public static partial void SdrChangedDuringFill(ILogger logger);
}

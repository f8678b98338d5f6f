using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.Dcmi;

namespace Oem.Handlers.Dcmi;

public sealed partial class DcmiCommands
{
    /// <summary>
    /// Get Power Reading, DCMI v1.5 §6.6.1 (system power statistics, mode 1, as `ipmitool dcmi power reading` and
    /// `ipmi-dcmi --get-system-power-statistics` ask): the present input power, minimum, maximum and average over
    /// the sampler's window, the SEL time and the span the samples cover; "measurement active" while the power
    /// sensors read. A node without a power sensor answers 0xD5.
    /// </summary>
    private CommandResult GetPowerReading(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != GetPowerReadingRequest.Length || !GetPowerReadingRequest.TryParse(request, out var get))
            return Error(CompletionCode.RequestDataLengthInvalid, response);
        if (get.Mode != PowerReadingMode.SystemPowerStatistics)
            return Error(CompletionCode.InvalidDataField, response);
        if (!power.HasPowerSensor)
            return Error(CompletionCode.NotSupportedInPresentState, response);
        power.Sample();
        var current = power.Current;
        var statistics = power.Statistics;
        static ushort Watts(double value) => (ushort)Math.Clamp(Math.Round(value, MidpointRounding.AwayFromZero), 0, ushort.MaxValue);
        var reading = new GetPowerReadingResponse(
            Watts(current ?? 0),
            Watts(statistics?.Minimum ?? 0),
            Watts(statistics?.Maximum ?? 0),
            Watts(statistics?.Average ?? 0),
            sel.Clock.Now,
            (uint)Math.Max((statistics?.Span ?? TimeSpan.Zero).TotalMilliseconds, 1000),
            MeasurementActive: current is not null);
        return CommandResult.Ok(reading.WriteTo(response));
    }

    /// <summary>
    /// Get Power Limit, DCMI v1.5 §6.6.2: the stored limit; 0x80 "no active set power limit" (with the stored values,
    /// which ipmitool 1.8.19 prints either way) while it is not active or was never set.
    /// </summary>
    private CommandResult GetPowerLimit(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != GetPowerLimitRequest.Length || !GetPowerLimitRequest.TryParse(request, out _))
            return Error(CompletionCode.RequestDataLengthInvalid, response);
        var (limit, active) = limits.Current;
        var length = new GetPowerLimitResponse(limit ?? default).WriteTo(response);
        return new CommandResult(limit is not null && active ? CompletionCode.Normal : (CompletionCode)GetPowerLimitRequest.NoActiveLimit, length);
    }

    /// <summary>Set Power Limit, DCMI v1.5 §6.6.3: stored (power-limit.json); exception actions 0x00, 0x01, 0x11 only.</summary>
    private CommandResult SetPowerLimit(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != SetPowerLimitRequest.Length || !SetPowerLimitRequest.TryParse(request, out var set))
            return Error(CompletionCode.RequestDataLengthInvalid, response);
        if (set.Limit.ExceptionAction is not (PowerLimitExceptionAction.NoAction or PowerLimitExceptionAction.HardPowerOffAndLog or PowerLimitExceptionAction.LogEventOnly))
            return Error(CompletionCode.InvalidDataField, response);
        limits.Set(set.Limit);
        return CommandResult.Ok(new DcmiGroupResponse().WriteTo(response));
    }

    /// <summary>Activate/Deactivate Power Limit, DCMI v1.5 §6.6.4: activating needs a limit (else 0x80).</summary>
    private CommandResult ActivatePowerLimit(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != ActivatePowerLimitRequest.Length)
            return Error(CompletionCode.RequestDataLengthInvalid, response);
        if (!ActivatePowerLimitRequest.TryParse(request, out var activate))
            return Error(CompletionCode.InvalidDataField, response);
        if (activate.Activate && limits.Current.Limit is null)
            return Error((CompletionCode)GetPowerLimitRequest.NoActiveLimit, response);
        limits.Activate(activate.Activate);
        return CommandResult.Ok(new DcmiGroupResponse().WriteTo(response));
    }
}

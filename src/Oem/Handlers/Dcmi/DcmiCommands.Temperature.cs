using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.Dcmi;
using Ipmi.Protocol.Sensors;
using Oem.Handlers.Sensors;
using Oem.Node;
using Oem.Platform;

namespace Oem.Handlers.Dcmi;

public sealed partial class DcmiCommands
{
    /// <summary>
    /// Get DCMI Sensor Info, DCMI v1.5 §6.5.2: the SDR record IDs of the temperature sensors of the requested entity
    /// (mapped by <see cref="DcmiEntities"/>), one instance or all from the start instance, at most eight.
    /// </summary>
    private CommandResult GetSensorInfo(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!TrySelect(request, response, out var all, out var selected, out var error))
            return error;
        var ids = selected.Take(GetDcmiSensorInfoResponse.MaxRecordsPerResponse).Select(s => SdrRepository.RecordIdOf(s.Index)).ToArray();
        return CommandResult.Ok(new GetDcmiSensorInfoResponse((byte)all, ids).WriteTo(response));
    }

    /// <summary>Get Temperature Readings, DCMI v1.5 §6.7.3: whole °C of the selected sensors that read now.</summary>
    private CommandResult GetTemperatureReadings(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!TrySelect(request, response, out var all, out var selected, out var error))
            return error;
        var readings = new List<DcmiTemperature>();
        foreach (var sensor in selected)
        {
            if (readings.Count == GetTemperatureReadingsResponse.MaxReadingsPerResponse)
                break;
            if (node.Sensors!.GetReading(sensor.Index).Value is { } celsius)
                readings.Add(new DcmiTemperature((sbyte)Math.Clamp(Math.Round(celsius, MidpointRounding.AwayFromZero), -127, 127), sensor.EntityInstance));
        }
        return CommandResult.Ok(new GetTemperatureReadingsResponse((byte)all, readings).WriteTo(response));
    }

    /// <summary>The temperature sensors of the requested DCMI entity: the count of all instances, and those asked for.</summary>
    private bool TrySelect(ReadOnlySpan<byte> request, Span<byte> response, out int all, out IReadOnlyList<SensorDefinition> selected, out CommandResult error)
    {
        (all, selected, error) = (0, [], default);
        if (request.Length != DcmiEntityRequest.Length || !DcmiEntityRequest.TryParse(request, out var get))
        {
            error = Error(CompletionCode.RequestDataLengthInvalid, response);
            return false;
        }
        if (get.SensorType != SensorType.Temperature || DcmiEntities.Of((byte)get.EntityId) is not { } entity)
        {
            error = Error(CompletionCode.InvalidDataField, response);
            return false;
        }
        var matching = (node.Sensors?.Sensors ?? [])
            .Where(s => s.Kind == SensorKind.Temperature && DcmiEntities.Of(s.EntityId) == entity)
            .OrderBy(s => s.EntityInstance)
            .ToArray();
        all = matching.Length;
        selected = get.EntityInstance != 0
            ? matching.Where(s => s.EntityInstance == get.EntityInstance).ToArray()
            : matching.Where(s => s.EntityInstance >= get.StartInstance).ToArray();
        return true;
    }
}

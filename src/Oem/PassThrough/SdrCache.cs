using Ipmi.Protocol;
using Ipmi.Protocol.Storage;
using Microsoft.Extensions.Logging;
using Oem.Handlers;

namespace Oem.PassThrough;

/// <summary>
/// The BMC's SDR repository, held by the sidecar because reading it over I2C is slow (DESIGN.md, way 3). Filled by
/// <see cref="UpdateAsync"/> when empty and read again whenever the BMC's Get SDR Repository Info addition or erase
/// timestamp (IPMI v2.0 §33.9) differs from the cached one. While <see cref="Snapshot"/> is null requests are forwarded.
/// Installing or dropping a snapshot cancels the local reservation (§33.11: a repository change cancels reservations).
/// </summary>
public sealed class SdrCache(IBmcLink bmc, PassThroughOptions options, TimeProvider time, ILogger<SdrCache> logger)
{
    private readonly SdrReader _reader = new(bmc, options);
    private readonly SemaphoreSlim _updating = new(1, 1);
    private SdrSnapshot? _snapshot;
    private int _fills;

    /// <summary>The cached repository, or null until it is filled (and after a forwarded change).</summary>
    public SdrSnapshot? Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>The reservation that Reserve SDR Repository answered from the cache issues.</summary>
    public Reservation Reservation { get; } = new();

    /// <summary>Times the repository has been read whole.</summary>
    public int Fills => Volatile.Read(ref _fills);

    /// <summary>
    /// Asks the BMC for its repository info; when the cache is empty or the timestamps differ, reads every record and
    /// installs them, unless the timestamps moved again meanwhile. Returns true when a new snapshot was installed.
    /// BMC errors and transport failures are thrown.
    /// </summary>
    public async Task<bool> UpdateAsync(CancellationToken cancellationToken)
    {
        await _updating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var info = await GetInfoAsync(cancellationToken).ConfigureAwait(false);
            var current = Snapshot;
            if (current is not null && current.IsCurrent(info))
                return false;
            if (current is not null)
                PassThroughLog.SdrRepositoryChanged(logger, info.MostRecentAddition, info.MostRecentErase);

            var started = time.GetTimestamp();
            var records = await _reader.ReadAllAsync(cancellationToken).ConfigureAwait(false);
            var snapshot = new SdrSnapshot(info, records);
            if (!snapshot.IsCurrent(await GetInfoAsync(cancellationToken).ConfigureAwait(false)))
            {
                PassThroughLog.SdrChangedDuringFill(logger);
                Invalidate();
                return false;
            }
            Volatile.Write(ref _snapshot, snapshot);
            Reservation.Cancel();
            Interlocked.Increment(ref _fills);
            PassThroughLog.SdrCacheFilled(logger, records.Count, time.GetElapsedTime(started).TotalMilliseconds, _reader.Chunk);
            return true;
        }
        finally
        {
            _updating.Release();
        }
    }

    /// <summary>Drops the snapshot (a forwarded command changed the repository): requests are forwarded until the next fill.</summary>
    public void Invalidate()
    {
        Volatile.Write(ref _snapshot, null);
        Reservation.Cancel();
    }

    private async Task<GetSdrRepositoryInfoResponse> GetInfoAsync(CancellationToken cancellationToken)
    {
        var response = await bmc.SendAsync(NetFn.Storage, GetSdrRepositoryInfoResponse.Command, ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);
        if (response.Code != CompletionCode.Normal)
            throw new BmcCompletionException("Get SDR Repository Info", response.Code);
        if (!GetSdrRepositoryInfoResponse.TryParse(response.Data.Span, out var info))
            throw new InvalidDataException("The BMC's Get SDR Repository Info answer is too short.");
        return info;
    }
}

using Ipmi.Protocol.Sel;
using Ipmi.Protocol.SensorEvent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Oem.State;

namespace Oem.Handlers.Sel;

/// <summary>
/// The persistent System Event Log (IPMI v2.0 §31): up to <see cref="Capacity"/> 16-byte records with assigned
/// record IDs, the addition and erase timestamps and the overflow flag. Every change is saved (sel.json) before the
/// method returns. When full, <see cref="WhenFull"/> decides: new events are dropped and the overflow flag is set (no
/// automatic rollover, §31.2), or the oldest entry makes room. sel.json therefore never holds more than
/// <see cref="Capacity"/> records.
/// A change asked for by a request that cannot be saved is undone and the <see cref="StateWriteException"/> goes to
/// the caller (the request is refused). An event the BMC logs itself (<see cref="LogSystemEvent"/>) is kept in memory
/// instead, counted and logged once, and written by the next save that succeeds — retried every
/// <see cref="RetryInterval"/> — so it is not lost while the disk is full.
/// </summary>
public sealed class SelStore : IDisposable
{
    public const int DefaultCapacity = 512;

    /// <summary>Get SEL Allocation Info counts allocation units in 16 bits (§31.3); 4096 records keep sel.json near 150 KB.</summary>
    public const int MaxCapacity = 4096;

    /// <summary>Generator ID of events the BMC itself logs: IPMB slave address 0x20, LUN 0, channel 0 (§32.1).</summary>
    public const ushort BmcGenerator = 0x0020;

    private readonly StateFile<SelState> _file;
    private readonly SelClock _clock;
    private readonly Lock _lock = new();
    private readonly List<SelRecord> _records = [];
    private ushort _nextId;
    private uint _lastAddition;
    private uint _lastErase;
    private bool _overflow;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private ITimer? _retry;
    private int _unsavedEvents;

    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(10);

    public SelStore(StateFile<SelState> file, SelClock clock, int capacity = DefaultCapacity, TimeProvider? time = null, ILogger? logger = null,
        SelFullPolicy whenFull = SelFullPolicy.Stop)
    {
        _file = file;
        _clock = clock;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        Capacity = capacity;
        WhenFull = whenFull;
        var state = file.Load(() => new SelState());
        foreach (var bytes in state.Records)
        {
            if (SelRecord.TryParse(bytes, out var record))
                _records.Add(record);
        }
        // A log saved with a larger capacity: the policy says which records stay (the oldest, or the newest).
        if (_records.Count > capacity)
            _records.RemoveRange(whenFull == SelFullPolicy.Overwrite ? 0 : capacity, _records.Count - capacity);
        _nextId = state.NextRecordId is 0 or 0xFFFF ? (ushort)1 : state.NextRecordId;
        _lastAddition = state.LastAddition;
        _lastErase = state.LastErase;
        _overflow = state.Overflow;
    }

    public int Capacity { get; }

    public SelFullPolicy WhenFull { get; }

    public SelClock Clock => _clock;

    /// <summary>Raised (outside the lock) after an entry is deleted or the log cleared: reservations end (§31.4).</summary>
    public event Action? Erased;

    public (int Count, uint LastAddition, uint LastErase, bool Overflow) Info
    {
        get
        {
            lock (_lock)
                return (_records.Count, _lastAddition, _lastErase, _overflow);
        }
    }

    /// <summary>Events the BMC logged that are in memory but not yet in sel.json (the last save failed).</summary>
    public int UnsavedEvents
    {
        get
        {
            lock (_lock)
                return _unsavedEvents;
        }
    }

    /// <summary>
    /// Stores a record, assigning its ID and, for timestamped types, the current SEL time. Null when full.
    /// Throws <see cref="StateWriteException"/>, with nothing stored, when it cannot be saved.
    /// </summary>
    public ushort? Add(SelRecord record) => Add(record, keepUnsaved: false);

    /// <summary>
    /// Whether events reach the log: the System Event Logging bit of the BMC Global Enables (IPMI v2.0 §22.1,
    /// Table 22-2 [3]), on at start-up. Add SEL Entry (§31.6) is a direct write and is not gated.
    /// </summary>
    public bool SystemEventLogging { get; set; } = true;

    /// <summary>
    /// A system event record (type 0x02) a request asked for (Platform Event Message): as <see cref="Add(SelRecord)"/>;
    /// 0x0000 (never a record ID) when <see cref="SystemEventLogging"/> is off and the event was discarded.
    /// </summary>
    public ushort? AddSystemEvent(EventMessage message, ushort generatorId) =>
        SystemEventLogging ? Add(SelRecord.SystemEvent(0, 0, generatorId, message), keepUnsaved: false) : (ushort)0;

    /// <summary>
    /// Logs a system event record (type 0x02) the BMC generated; kept in memory if it cannot be saved now. 0x0000
    /// when <see cref="SystemEventLogging"/> is off.
    /// </summary>
    public ushort? LogSystemEvent(EventMessage message) =>
        SystemEventLogging ? Add(SelRecord.SystemEvent(0, 0, BmcGenerator, message), keepUnsaved: true) : (ushort)0;

    private ushort? Add(SelRecord record, bool keepUnsaved)
    {
        ushort id;
        SelRecord? overwritten = null;
        lock (_lock)
        {
            if (_records.Count >= Capacity && WhenFull == SelFullPolicy.Stop)
            {
                if (!_overflow)
                {
                    _overflow = true;
                    TrySaveLocked();
                }
                return null;
            }
            var (nextId, lastAddition, lastErase) = (_nextId, _lastAddition, _lastErase);
            var now = _clock.Now;
            if (_records.Count >= Capacity)
            {
                overwritten = _records[0];
                _records.RemoveAt(0);
                _lastErase = now;
            }
            id = NextFreeIdLocked();
            record = record with { RecordId = id, Timestamp = record.HasTimestamp ? now : record.Timestamp };
            _records.Add(record);
            _nextId = Increment(id);
            _lastAddition = now;
            if (keepUnsaved)
            {
                if (!TrySaveLocked())
                    _unsavedEvents++;
            }
            else
            {
                try
                {
                    SaveLocked();
                }
                catch (StateWriteException)
                {
                    _records.RemoveAt(_records.Count - 1);
                    if (overwritten is { } oldest)
                        _records.Insert(0, oldest);
                    (_nextId, _lastAddition, _lastErase) = (nextId, lastAddition, lastErase);
                    throw;
                }
            }
        }
        if (overwritten is not null)
            Erased?.Invoke();
        return id;
    }

    /// <summary>Finds a record: 0x0000 = first, 0xFFFF = last. <paramref name="nextId"/> is 0xFFFF after the last.</summary>
    public bool TryGet(ushort recordId, out SelRecord record, out ushort nextId)
    {
        lock (_lock)
        {
            var index = IndexOfLocked(recordId);
            if (index < 0)
            {
                (record, nextId) = (default, 0);
                return false;
            }
            record = _records[index];
            nextId = index + 1 < _records.Count ? _records[index + 1].RecordId : (ushort)0xFFFF;
            return true;
        }
    }

    /// <summary>Deletes a record (0x0000 first, 0xFFFF last); returns its ID, or null when there is none. Undone if it cannot be saved.</summary>
    public ushort? Delete(ushort recordId)
    {
        ushort id;
        lock (_lock)
        {
            var index = IndexOfLocked(recordId);
            if (index < 0)
                return null;
            var (record, lastErase) = (_records[index], _lastErase);
            id = record.RecordId;
            _records.RemoveAt(index);
            _lastErase = _clock.Now;
            try
            {
                SaveLocked();
            }
            catch (StateWriteException)
            {
                _records.Insert(index, record);
                _lastErase = lastErase;
                throw;
            }
        }
        Erased?.Invoke();
        return id;
    }

    /// <summary>Erases every record and the overflow flag. Undone if it cannot be saved.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            var (records, overflow, lastErase) = (_records.ToList(), _overflow, _lastErase);
            _records.Clear();
            _overflow = false;
            _lastErase = _clock.Now;
            try
            {
                SaveLocked();
            }
            catch (StateWriteException)
            {
                _records.AddRange(records);
                (_overflow, _lastErase) = (overflow, lastErase);
                throw;
            }
        }
        Erased?.Invoke();
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _retry?.Dispose();
            _retry = null;
        }
    }

    private int IndexOfLocked(ushort recordId) => recordId switch
    {
        _ when _records.Count == 0 => -1,
        0x0000 => 0,
        0xFFFF => _records.Count - 1,
        _ => _records.FindIndex(r => r.RecordId == recordId),
    };

    private ushort NextFreeIdLocked()
    {
        var id = _nextId;
        while (_records.Exists(r => r.RecordId == id))
            id = Increment(id);
        return id;
    }

    private static ushort Increment(ushort id) => id >= 0xFFFE ? (ushort)1 : (ushort)(id + 1);

    /// <summary>Saves; on failure keeps the change in memory, logs once per outage and retries on a timer.</summary>
    private bool TrySaveLocked()
    {
        try
        {
            SaveLocked();
            return true;
        }
        catch (StateWriteException e)
        {
            if (_retry is null)
            {
                HandlerLog.SelUnsaved(_logger, e.Message, RetryInterval.TotalSeconds);
                _retry = _time.CreateTimer(_ => RetrySave(), null, RetryInterval, RetryInterval);
            }
            return false;
        }
    }

    private void RetrySave()
    {
        lock (_lock)
        {
            if (_retry is null)
                return;
            try
            {
                SaveLocked();
            }
            catch (StateWriteException)
            {
                return;
            }
        }
    }

    /// <summary>Writes the whole log; a success also writes every event kept in memory and ends the retries.</summary>
    private void SaveLocked()
    {
        var records = new List<byte[]>(_records.Count);
        foreach (var record in _records)
        {
            var bytes = new byte[SelRecord.Length];
            record.WriteTo(bytes);
            records.Add(bytes);
        }
        _file.Save(new SelState
        {
            Records = records, NextRecordId = _nextId, LastAddition = _lastAddition, LastErase = _lastErase, Overflow = _overflow,
        });
        if (_retry is null)
            return;
        HandlerLog.SelSavedAgain(_logger, _unsavedEvents);
        _unsavedEvents = 0;
        _retry.Dispose();
        _retry = null;
    }
}

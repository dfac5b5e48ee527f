using System.Text.Json;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Writes an upload's checked rows one JSON line at a time, those with errors and the valid ones to files of their
/// own so that each list pages on its own and a confirmation reads only the valid rows. The files are written
/// beside those in use and replace them only on <see cref="Complete"/>, so a reader never sees half a check.
/// </summary>
public sealed class UploadedRowsWriter : IDisposable
{
    private const int BufferBytes = 64 * 1024;

    private readonly string _errorsPath;
    private readonly string _validPath;
    private readonly FileStream _errors;
    private readonly FileStream _valid;
    private readonly JsonSerializerOptions _json;
    private bool _completed;

    internal UploadedRowsWriter(string errorsPath, string validPath, JsonSerializerOptions json)
    {
        _errorsPath = errorsPath;
        _validPath = validPath;
        _json = json;
        _errors = Create(errorsPath);
        _valid = Create(validPath);
    }

    public int ValidCount { get; private set; }

    public int ErrorCount { get; private set; }

    public void Add(CheckedRow row)
    {
        var file = row.IsValid ? _valid : _errors;
        JsonSerializer.Serialize(file, new UploadedRow(row.Source, row.Errors), _json);
        file.WriteByte((byte)'\n');
        if (row.IsValid)
        {
            ValidCount++;
        }
        else
        {
            ErrorCount++;
        }
    }

    public void Complete()
    {
        _errors.Dispose();
        _valid.Dispose();
        File.Move(Temporary(_errorsPath), _errorsPath, overwrite: true);
        File.Move(Temporary(_validPath), _validPath, overwrite: true);
        _completed = true;
    }

    public void Dispose()
    {
        _errors.Dispose();
        _valid.Dispose();
        if (!_completed)
        {
            File.Delete(Temporary(_errorsPath));
            File.Delete(Temporary(_validPath));
        }
    }

    private static string Temporary(string path) => path + ".tmp";

    private static FileStream Create(string path) =>
        new(Temporary(path), FileMode.Create, FileAccess.Write, FileShare.None, BufferBytes);
}

// Run by the mediastance Java kernel at start (RJK_INIT_SCRIPT): the imports every notebook uses.
import java.nio.file.*;
import java.util.*;
import org.apache.spark.sql.*;
import static org.apache.spark.sql.functions.*;
import org.mediastance.model.*;
import org.mediastance.io.SparkSessions;
